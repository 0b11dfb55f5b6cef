package dev.commitmenttracker.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Reports as CSV (RFC 4180, a header row first), written by Apache Commons CSV, when the client prefers text/csv. */
public final class Csv {

    public static final String TEXT_CSV_VALUE = "text/csv";
    public static final MediaType TEXT_CSV = new MediaType("text", "csv");
    /** What the OpenAPI document says of a CSV answer. */
    public static final String DESCRIPTION =
            "RFC 4180 CSV with a header row; cells a spreadsheet would run as formulas are neutralised.";
    /** First characters that make a spreadsheet treat a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {}

    /** Whether the Accept header asks for text/csv at least as strongly as for JSON. */
    public static boolean wanted(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double csv = 0;
        double json = 0;
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.getType().equalsIgnoreCase("text") && type.getSubtype().equalsIgnoreCase("csv")) {
                    csv = Math.max(csv, type.getQualityValue());
                } else if (type.getType().equalsIgnoreCase("application")
                        && (type.getSubtype().equalsIgnoreCase("json")
                                || type.getSubtype().toLowerCase().endsWith("+json"))) {
                    json = Math.max(json, type.getQualityValue());
                }
            }
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        return csv > 0 && csv >= json;
    }

    /**
     * A text cell as a spreadsheet will not run it: text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
     * or a carriage return gets a leading single quote (OWASP's rule against CSV injection). Numbers, dates and other
     * values that are not text stay as they are, so -5 is still a number.
     */
    static Object inert(Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    /** A CSV response named {@code name}.csv with the given header and rows; nulls are written as empty fields. */
    public static ResponseEntity<String> respond(String name, List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(Csv::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(TEXT_CSV, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".csv\"")
                .body(out.toString());
    }

    /**
     * Writes a CSV response named {@code name}.csv while it is being read: the header, then page after page of rows as
     * {@code page} gives them (pages numbered from 0), until a page comes back empty. So an export is the whole result
     * however long, sent in chunks without holding it in memory.
     */
    public static void stream(
            HttpServletResponse response, String name, List<String> header, IntFunction<List<? extends List<?>>> page) {
        response.setContentType(new MediaType(TEXT_CSV, StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".csv\"");
        try {
            Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .get());
            for (int number = 0; ; number++) {
                List<? extends List<?>> rows = page.apply(number);
                if (rows.isEmpty()) {
                    break;
                }
                for (List<?> row : rows) {
                    printer.printRecord(row.stream().map(Csv::inert).toList());
                }
                printer.flush();
            }
            printer.flush(); // the header alone, when nothing matched
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
