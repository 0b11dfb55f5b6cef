package dev.commitmenttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class CsvTest {

    @Test
    void csvIsChosenOnlyWhenAskedForAtLeastAsStronglyAsJson() {
        assertThat(Csv.wanted("text/csv")).isTrue();
        assertThat(Csv.wanted("text/csv, application/json")).isTrue();
        assertThat(Csv.wanted("application/json;q=0.8, text/csv")).isTrue();
        assertThat(Csv.wanted("text/csv;q=0.5, application/json")).isFalse();
        assertThat(Csv.wanted("application/json")).isFalse();
        assertThat(Csv.wanted("*/*")).isFalse();
        assertThat(Csv.wanted(null)).isFalse();
        assertThat(Csv.wanted("not a media type;;")).isFalse();
    }

    @Test
    void fieldsAreQuotedAsRfc4180WantsAndNullsAreEmpty() {
        ResponseEntity<String> response = Csv.respond(
                "test",
                List.of("a", "b", "c"),
                List.of(Arrays.asList("plain", "with, comma", null), Arrays.asList("say \"hi\"", "line\nbreak", 3)));

        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo("inline; filename=\"test.csv\"");
        assertThat(response.getBody())
                .isEqualTo("a,b,c\r\nplain,\"with, comma\",\r\n\"say \"\"hi\"\"\",\"line\nbreak\",3\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunIsQuotedButNumbersStayNumbers() {
        ResponseEntity<String> response = Csv.respond(
                "test",
                List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                List.of(Arrays.asList("=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tlead", "\rlead", -5, "plain -x")));

        assertThat(response.getBody())
                .isEqualTo("a,b,c,d,e,f,g,h\r\n'=1+2,'+SUM(A1),'-2+3,'@cmd,'\tlead,\"'\rlead\",-5,plain -x\r\n");
    }
}
