package dev.commitmenttracker.web;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.MutableClock;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager cannot plant a spreadsheet formula in an export: text a spreadsheet would run (starting with =, +, -, @)
 * comes out of the commitments, changes and slippage CSVs with a leading single quote.
 */
@PostgresIntegrationTest
class CsvFormulaIT {

    static final String FORMULA_TEXT = "=HYPERLINK(\"http://example.invalid\",\"Open the plan\")";
    static final String FORMULA_OWNER = "@SUM(1+1)";
    static final String FORMULA_REASON = "+cmd|' /C calc'!A0";
    static final String MINUS_NOTE = "-2+3 more cases";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Api api;
    String id;

    @BeforeEach
    void plantFormulas() {
        api = new Api(port);
        Api.As manager = api.as("manager.north-west");
        LocalDate today = clock.today();
        Api.Response created = manager.post(
                "/api/commitments",
                with(
                        commitment("NORTH_WEST"),
                        "text",
                        FORMULA_TEXT,
                        "committedOn",
                        today.minusDays(30).toString(),
                        "dueDate",
                        today.plusDays(100).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        id = created.text("id");
        Api.Response assigned = manager.post(
                "/api/commitments/" + id + "/assignment",
                map(
                        "ownerRole",
                        "LEGAL_MANAGER",
                        "ownerName",
                        FORMULA_OWNER,
                        "on",
                        today.minusDays(20).toString()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        Api.Response revised = manager.postAtCurrentVersion(
                "/api/commitments/" + id + "/due-date",
                map(
                        "dueDate",
                        today.plusDays(200).toString(),
                        "reason",
                        FORMULA_REASON,
                        "on",
                        today.minusDays(10).toString()));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        ProjectionsCaughtUp.await(api);
    }

    @Test
    void theCommitmentsCsvQuotesFormulas() throws IOException {
        List<CSVRecord> rows = csv("/api/commitments?area=NORTH_WEST");
        CSVRecord row = row(rows, "id", id);
        assertThat(row.get("text")).isEqualTo("'" + FORMULA_TEXT);
        assertThat(row.get("ownerName")).isEqualTo("'" + FORMULA_OWNER);
        assertNoCellRunsAsAFormula(rows);
    }

    @Test
    void theChangesCsvQuotesFormulas() throws IOException {
        LocalDate today = clock.today();
        List<CSVRecord> rows =
                csv("/api/reports/areas/NORTH_WEST/changes?from=" + today.minusDays(60) + "&to=" + today);
        List<String> texts = rows.stream()
                .filter(r -> r.get("commitmentId").equals(id))
                .map(r -> r.get("commitmentText"))
                .toList();
        assertThat(texts).isNotEmpty().allMatch(text -> text.equals("'" + FORMULA_TEXT));
        assertNoCellRunsAsAFormula(rows);
    }

    @Test
    void theSlippageCsvQuotesFormulas() throws IOException {
        List<CSVRecord> rows = csv("/api/reports/slippage?area=NORTH_WEST");
        assertThat(row(rows, "commitmentId", id).get("reason")).isEqualTo("'" + FORMULA_REASON);
        assertNoCellRunsAsAFormula(rows);
    }

    private List<CSVRecord> csv(String path) throws IOException {
        Api.Response response = api.as("lead.national").get(path, "text/csv");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        return new ArrayList<>(CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body()))
                .getRecords());
    }

    private static CSVRecord row(List<CSVRecord> rows, String column, String value) {
        return rows.stream()
                .filter(r -> r.get(column).equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " " + value + " in " + rows));
    }

    /** No text cell starts as a formula; a number (such as -5) or a date may start with a minus sign. */
    private static void assertNoCellRunsAsAFormula(List<CSVRecord> rows) {
        for (CSVRecord row : rows) {
            for (String cell : row) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell)
                            .as("a cell starting like a formula must be a number or a date")
                            .matches("-?[0-9][0-9.:T-]*");
                }
            }
        }
    }
}
