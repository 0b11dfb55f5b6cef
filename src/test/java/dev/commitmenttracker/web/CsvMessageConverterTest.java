package dev.commitmenttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.shared.AreaCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

class CsvMessageConverterTest {

    record Row(AreaCode area, String text) {}

    record Report(List<Row> rows, int other) implements CsvRows<Row> {
        @Override
        public List<Row> csvRows() {
            return rows;
        }
    }

    static final ResolvableType ROWS = ResolvableType.forClassWithGenerics(List.class, Row.class);
    final CsvMessageConverter converter = new CsvMessageConverter();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void givenAnEndpointThatDoesNotOfferCsv_thenItsListsAreNotWrittenAsCsv() {
        request("/api/inspections", MediaType.APPLICATION_JSON);

        assertThat(converter.canWrite(ROWS, List.class, Csv.TEXT_CSV)).isFalse();
    }

    @Test
    void givenAnEmptyListOfRecords_thenTheHeaderAlone() throws Exception {
        request("/api/reports/slippage/areas", MediaType.APPLICATION_JSON, Csv.TEXT_CSV);
        MockHttpOutputMessage output = new MockHttpOutputMessage();

        assertThat(converter.canWrite(ROWS, List.class, Csv.TEXT_CSV)).isTrue();
        converter.write(List.of(), ROWS, Csv.TEXT_CSV, output, null);

        assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("area,text\r\n");
        assertThat(output.getHeaders().getContentDisposition().getFilename()).isEqualTo("slippage-areas.csv");
    }

    @Test
    void givenAnAnswerWithCsvRows_thenThoseRowsWithFormulasNeutralised() throws Exception {
        request("/api/reports/evidence", MediaType.APPLICATION_JSON, Csv.TEXT_CSV);
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        Report report = new Report(List.of(new Row(AreaCode.WESSEX, "=1+1")), 7);

        assertThat(converter.canWrite(ResolvableType.forClass(Report.class), Report.class, Csv.TEXT_CSV))
                .isTrue();
        converter.write(report, ResolvableType.forClass(Report.class), Csv.TEXT_CSV, output, null);

        assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("area,text\r\nWESSEX,'=1+1\r\n");
    }

    private static void request(String path, MediaType... produces) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(produces));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
