package dev.commitmenttracker.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractSmartHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes {@code text/csv} (RFC 4180, a header row first, UTF-8) for the endpoints that offer it, those whose mapping
 * says {@code produces} text/csv beside JSON: an endpoint returns its answer once and the Accept header picks JSON or
 * CSV. The answer is a list of records, or a {@link CsvRows}; columns and cells follow {@link CsvRecords}, cells a
 * spreadsheet would run are neutralised ({@link Csv#inert}). The file is named after the path below {@code /api/}.
 */
public class CsvMessageConverter extends AbstractSmartHttpMessageConverter<Object> {

    public CsvMessageConverter() {
        super(new MediaType(Csv.TEXT_CSV, StandardCharsets.UTF_8));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return false; // only through the ResolvableType methods, which see the element type
    }

    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return false;
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) {
        throw new HttpMessageNotReadableException("CSV is not read", input);
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        return canWrite(mediaType) && offeredHere() && rowType(type, valueClass) != null;
    }

    @Override
    protected void writeInternal(
            Object answer, ResolvableType type, HttpOutputMessage output, Map<String, Object> hints)
            throws IOException {
        Class<?> rowType = rowType(type, answer.getClass());
        Collection<?> rows = answer instanceof CsvRows<?> table ? table.csvRows() : (Collection<?>) answer;
        output.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName() + ".csv\"");
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(CsvRecords.header(rowType).toArray(String[]::new))
                        .get());
        for (Object row : rows) {
            printer.printRecord(
                    CsvRecords.cells((Record) row).stream().map(Csv::inert).toList());
        }
        printer.flush();
    }

    /** The record type of the rows: of the list, or the one a {@link CsvRows} names; null when this is no CSV answer. */
    static Class<?> rowType(ResolvableType type, Class<?> valueClass) {
        if (CsvRows.class.isAssignableFrom(valueClass)) {
            return ResolvableType.forClass(valueClass)
                    .as(CsvRows.class)
                    .getGeneric(0)
                    .resolve();
        }
        if (type != null && Collection.class.isAssignableFrom(valueClass)) {
            Class<?> element = type.asCollection().getGeneric(0).resolve();
            return element != null && element.isRecord() ? element : null;
        }
        return null;
    }

    /** Whether the endpoint handling this request says it produces text/csv. */
    private static boolean offeredHere() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object producible = request == null
                ? null
                : request.getAttribute(
                        HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return producible instanceof Set<?> types
                && types.stream().anyMatch(t -> t instanceof MediaType m && Csv.TEXT_CSV.includes(m));
    }

    /** The request path below /api/, its segments joined by dashes: areas, areas-WESSEX, evidence-trend. */
    private static String fileName() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            String path = servlet.getRequest()
                    .getRequestURI()
                    .substring(servlet.getRequest().getContextPath().length());
            String name = String.join(
                    "-", List.of(path.replaceFirst("^/api/(reports/)?", "").split("/")));
            if (!name.isBlank()) {
                return name.replaceAll("[^A-Za-z0-9_-]", "_");
            }
        }
        return "export";
    }
}
