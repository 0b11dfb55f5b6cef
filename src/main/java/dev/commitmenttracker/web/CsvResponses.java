package dev.commitmenttracker.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers {@code Accept: text/csv}: a header row and one row per record, written by Apache Commons CSV. */
public final class CsvResponses {

    public static final String TEXT_CSV = "text/csv";

    private CsvResponses() {
    }

    public static ResponseEntity<String> of(String filename, List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
                .body(out.toString());
    }
}
