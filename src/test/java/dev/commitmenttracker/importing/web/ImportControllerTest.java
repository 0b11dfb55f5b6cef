package dev.commitmenttracker.importing.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.commitmenttracker.importing.ImportBusy;
import dev.commitmenttracker.importing.ImportService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** An import refused because every parsing thread is busy is answered 429 with Retry-After, as problem+json. */
class ImportControllerTest {

    @Test
    void aBusyImporterAnswersTooManyRequestsWithTheSecondsToWait() throws Exception {
        ImportService imports = mock(ImportService.class);
        when(imports.importDocument(any(), any(), any())).thenThrow(new ImportBusy(Duration.ofSeconds(10)));
        MockMvc mvc =
                MockMvcBuilders.standaloneSetup(new ImportController(imports)).build();

        mvc.perform(post("/api/imports").contentType(MediaType.TEXT_PLAIN).content("CPS response to CPS Wessex"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("import.busy"))
                .andExpect(jsonPath("$.status").value(429));
    }
}
