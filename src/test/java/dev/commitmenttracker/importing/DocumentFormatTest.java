package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentFormatTest {

    @ParameterizedTest
    @CsvSource({
        "response.html, HTML",
        "RESPONSE.HTM, HTML",
        "response.md, MARKDOWN",
        "response.markdown, MARKDOWN",
        "response.txt, PLAIN_TEXT",
        "response, PLAIN_TEXT"
    })
    void followsTheFileExtension(String fileName, DocumentFormat format) {
        assertThat(DocumentFormat.fromFileName(fileName)).isEqualTo(format);
    }

    @ParameterizedTest
    @CsvSource({
        "text/html, HTML",
        "'text/html; charset=UTF-8', HTML",
        "application/xhtml+xml, HTML",
        "text/markdown, MARKDOWN",
        "text/plain, PLAIN_TEXT",
        "application/octet-stream, PLAIN_TEXT",
        "'', PLAIN_TEXT"
    })
    void followsTheMediaType(String mediaType, DocumentFormat format) {
        assertThat(DocumentFormat.fromMediaType(mediaType)).isEqualTo(format);
    }
}
