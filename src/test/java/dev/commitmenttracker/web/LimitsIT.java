package dev.commitmenttracker.web;

import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.MutableClock;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import dev.commitmenttracker.support.Requests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The limits of {@link Limits} on PostgreSQL, end to end. Values at the very edge of every limit (longest texts in
 * multi-byte characters, first and last dates, fullest lists, largest samples) go through every act and reach every
 * projection, which catch up without error and read back what was sent; one step over a limit is refused at the door
 * with a problem and records nothing. It has an application and database of its own (its own property, closed after):
 * its edge commitment is joint with every Area, which other tests' per-Area counts must not see.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.database=limits")
@DirtiesContext
class LimitsIT {

    /** Characters of two, two, three and four UTF-8 bytes (the last a surrogate pair in Java). */
    static final String MIXED = "é£€😀";

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        clock.setToday(MutableClock.DEFAULT_TODAY);
    }

    /** Text of exactly {@code length} Java characters, ending in multi-byte ones; {@code tag} tells texts apart. */
    static String text(int length, String tag) {
        String end = tag + MIXED;
        return "x".repeat(length - end.length()) + end;
    }

    long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    String createCommitment(Map<String, Object> body) {
        Api.Response created = api.as("lead.national").post("/api/commitments", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    static void refused(Api.Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
        assertThat(response.text("field")).as(response.toString()).isEqualTo(field);
    }

    @Test
    void valuesAtEveryLimitReachEveryProjectionAndReadBack() {
        LocalDate first = Limits.EARLIEST_DATE;
        LocalDate today = clock.today();
        String title = text(Limits.TITLE, "title");
        Map<String, Object> ratings = new LinkedHashMap<>();
        IntStream.range(0, Limits.RATINGS).forEach(n -> ratings.put(text(Limits.NAME, "domain" + n), "Good"));
        List<Map<String, Object>> issues = new ArrayList<>();
        IntStream.range(1, Limits.ISSUES)
                .forEach(n ->
                        issues.add(map("number", n, "text", text(Limits.TEXT, "issue" + n), "theme", "disclosure")));
        issues.add(map("number", Limits.ISSUE_NUMBER, "text", text(Limits.TEXT, "last issue"), "theme", "disclosure"));
        Api.Response inspection = api.as("lead.national")
                .post(
                        "/api/inspections",
                        with(
                                Requests.inspection("CYMRU_WALES"),
                                "title",
                                title,
                                "publishedOn",
                                first.toString(),
                                "ratings",
                                ratings,
                                "issues",
                                issues));
        assertThat(inspection.status()).as(inspection.toString()).isEqualTo(201);
        String inspectionId = inspection.text("id");

        List<String> others = AreaCode.areas().stream() // joint commitments are between Areas only
                .filter(area -> area != AreaCode.CYMRU_WALES)
                .map(Enum::name)
                .toList();
        String commitmentText = text(Limits.TEXT, "commitment");
        String id = createCommitment(with(
                Requests.commitment("CYMRU_WALES"),
                "jointWith",
                others,
                "inspectionId",
                inspectionId,
                "issueNumber",
                Limits.ISSUE_NUMBER,
                "text",
                commitmentText,
                "committedOn",
                first.toString(),
                "dueDate",
                first.toString(),
                "targetCompliance",
                100));
        String path = "/api/commitments/" + id;
        String ownerName = text(Limits.NAME, "owner");
        String note = text(Limits.TEXT - 3, "note") + "\r\n\t";
        act(path + "/assignment", map("ownerRole", "DCCP", "ownerName", ownerName, "on", first.toString()));
        act(path + "/start", map("on", first.toString()));
        // business dates in order: the sample effective on the first day sits before the note of the third
        act(
                path + "/evidence",
                map(
                        "method",
                        "DIP_SAMPLE",
                        "effectiveOn",
                        first.toString(),
                        "sampleSize",
                        Limits.SAMPLE_SIZE,
                        "compliantCount",
                        0,
                        "summary",
                        text(Limits.TEXT, "first sample"),
                        "reference",
                        text(Limits.NAME, "ref"),
                        "on",
                        first.plusDays(3).toString()));
        act(path + "/progress-notes", map("note", note, "on", first.plusDays(3).toString()));
        act(
                path + "/due-date",
                map(
                        "dueDate",
                        Limits.LATEST_DATE.toString(),
                        "reason",
                        text(Limits.TEXT, "revision"),
                        "on",
                        first.plusDays(4).toString()));
        act(
                path + "/evidence",
                map(
                        "method",
                        "IQA",
                        "effectiveOn",
                        today.toString(),
                        "sampleSize",
                        Limits.SAMPLE_SIZE,
                        "compliantCount",
                        Limits.SAMPLE_SIZE,
                        "summary",
                        text(Limits.TEXT, "second sample"),
                        "on",
                        today.toString()));
        act(path + "/closure", map("rationale", text(Limits.TEXT, "rationale"), "on", today.toString()));
        act(path + "/reopening", map("reason", text(Limits.TEXT, "reopening"), "on", today.toString()));
        act(path + "/withdrawal", map("reason", text(Limits.TEXT, "withdrawal"), "on", today.toString()));
        Api.Response judged = api.as("inspector")
                .post(
                        path + "/follow-up-judgement",
                        map(
                                "grade",
                                "REASONABLE_PROGRESS",
                                "note",
                                text(Limits.TEXT, "judgement"),
                                "judgedOn",
                                today.toString()));
        assertThat(judged.status()).as(judged.toString()).isEqualTo(200);

        ProjectionsCaughtUp.await(api);

        JsonNode commitment = api.as("auditor").get(path).json();
        assertThat(commitment.path("text").asString()).isEqualTo(commitmentText);
        assertThat(commitment.path("ownerName").asString()).isEqualTo(ownerName);
        assertThat(commitment.path("committedOn").asString()).isEqualTo("1900-01-01");
        assertThat(commitment.path("dueDate").asString()).isEqualTo("2100-12-31");
        assertThat(commitment.path("jointWith")).hasSize(Limits.JOINT_AREAS);
        assertThat(commitment.path("progressNotes").get(0).path("note").asString())
                .isEqualTo(note.strip());
        assertThat(commitment.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(ok(api.as("auditor").get(path + "?validAt=1900-01-01"))
                        .path("text")
                        .asString())
                .isEqualTo(commitmentText);
        assertThat(ok(api.as("auditor").get(path + "/history"))).hasSize(11);
        assertThat(ok(api.as("auditor").get("/api/inspections/" + inspectionId)).path("issues"))
                .hasSize(Limits.ISSUES);

        JsonNode listed = ok(api.as("analyst").get("/api/inspections?area=CYMRU_WALES"));
        assertThat(listed.get(0).path("title").asString()).isEqualTo(title);
        assertThat(ok(api.as("analyst").get("/api/commitments?area=CYMRU_WALES"))
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(ok(api.as("analyst").get("/api/commitments?area=YORKSHIRE_AND_HUMBERSIDE"))
                        .path("total")
                        .asLong())
                .as("joint")
                .isEqualTo(1);
        assertThat(ok(api.as("analyst").get("/api/reports/areas/CYMRU_WALES"))
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        ok(api.as("analyst").get("/api/reports/areas/CYMRU_WALES?validAt=1900-01-01"));
        ok(api.as("analyst").get("/api/reports/areas"));
        ok(api.as("analyst").get("/api/reports/themes"));
        ok(api.as("analyst").get("/api/reports/owners"));
        assertThat(ok(api.as("analyst").get("/api/reports/areas/CYMRU_WALES/changes?from=1900-01-01&to=" + today)))
                .isNotEmpty();

        JsonNode register = ok(api.as("analyst").get("/api/reports/evidence?area=CYMRU_WALES"));
        assertThat(register.toString()).contains("\"1900-Q1\"");
        JsonNode trend = ok(api.as("analyst").get("/api/reports/evidence/trend?area=CYMRU_WALES"));
        assertThat(trend.findValues("casesSampled").stream()
                        .mapToLong(JsonNode::asLong)
                        .sum())
                .isEqualTo(2L * Limits.SAMPLE_SIZE);
        assertThat(trend.toString()).contains("\"1900-Q1\"");
        JsonNode slippage = ok(api.as("analyst").get("/api/reports/slippage?area=CYMRU_WALES"));
        assertThat(slippage.toString()).contains("2100-12-31");
        ok(api.as("analyst").get("/api/reports/slippage/areas"));
        for (String csv : List.of(
                "/api/commitments?area=CYMRU_WALES",
                "/api/reports/evidence?area=CYMRU_WALES",
                "/api/reports/slippage?area=CYMRU_WALES",
                path + "/history")) {
            Api.Response response = api.as("auditor").get(csv, "text/csv");
            assertThat(response.status()).as(csv + " " + response).isEqualTo(200);
        }
        assertThat(ok(api.as("auditor").get("/api/audit/verify")).toString()).doesNotContain("\"valid\":false");
    }

    private void act(String path, Map<String, Object> body) {
        Api.Response response = api.as("lead.national").postAtCurrentVersion(path, body);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    // Each finding of issue 8 that the limits answer: refused with a problem, nothing recorded, the tracker unharmed.

    @Test
    void anOwnerNameOfTwentyFiveMillionCharacters_isTooLargeAndNothingIsStored() throws Exception {
        String id = createCommitment(Requests.commitment("WESSEX"));
        long before = events();
        String body = "{\"ownerRole\":\"DCCP\",\"ownerName\":\"" + "a".repeat(25_000_000) + "\"}";
        HttpResponse<String> response =
                raw("/api/commitments/" + id + "/assignment", HttpRequest.BodyPublishers.ofString(body));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"request.too-large\"");
        assertThat(events()).isEqualTo(before);
        assertThat(api.as("auditor").get("/api/commitments/" + id).status()).isEqualTo(200);
    }

    @Test
    void aBodyWithoutLengthIsCutAtTheLimitWhileStreaming() throws Exception {
        String id = createCommitment(Requests.commitment("WESSEX"));
        long before = events();
        byte[] start = "{\"ownerRole\":\"DCCP\",\"ownerName\":\"".getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent < start.length ? start[(int) sent++] : (sent++ < 50_000_000L ? 'a' : -1);
            }
        };
        HttpResponse<String> response =
                raw("/api/commitments/" + id + "/assignment", HttpRequest.BodyPublishers.ofInputStream(() -> endless));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"request.too-large\"");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aBodyWithoutLengthWithinTheLimit_isReadAsUsual() throws Exception {
        String id = createCommitment(Requests.commitment("WESSEX"));
        byte[] body = "{\"ownerRole\":\"DCCP\",\"ownerName\":\"Ann Smith\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> assigned = raw(
                "/api/commitments/" + id + "/assignment",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(api.as("auditor").get("/api/commitments/" + id).text("ownerName"))
                .isEqualTo("Ann Smith");
    }

    @Test
    void anUploadWithoutLengthOverTwoMegabytes_isTooLargeWhileStreaming() throws Exception {
        long before = events();
        byte[] head =
                ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"response.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8);
        InputStream upload = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent < head.length ? head[(int) sent++] : (sent++ < 3L * Limits.IMPORT_BODY_BYTES ? 'a' : -1);
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("lead.national:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> upload))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"request.too-large\"");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aNameOneCharacterOverTheLimit_isTooLong() {
        String id = createCommitment(Requests.commitment("WESSEX"));
        long before = events();
        refused(
                api.as("lead.national")
                        .post(
                                "/api/commitments/" + id + "/assignment",
                                map("ownerRole", "DCCP", "ownerName", text(Limits.NAME + 1, "owner"))),
                400,
                "validation.too-long",
                "ownerName");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void evidenceOfTheYearMinusOneThousand_isOutOfTheWindow() {
        String id = createCommitment(Requests.commitment("WESSEX"));
        long before = events();
        refused(
                api.as("lead.national")
                        .post(
                                "/api/commitments/" + id + "/evidence",
                                map(
                                        "method",
                                        "IQA",
                                        "effectiveOn",
                                        "-1000-01-01",
                                        "sampleSize",
                                        10,
                                        "compliantCount",
                                        9,
                                        "summary",
                                        "Old")),
                400,
                "validation.date-out-of-window",
                "effectiveOn");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aDueDateInTheYearFiveMillion_isOutOfTheWindow() {
        long before = events();
        refused(
                api.as("lead.national")
                        .post("/api/commitments", with(Requests.commitment("WESSEX"), "dueDate", "+5874898-01-01")),
                400,
                "validation.date-out-of-window",
                "dueDate");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aNullCharacter_isRefusedInText() {
        long before = events();
        refused(
                api.as("lead.national")
                        .post(
                                "/api/commitments",
                                with(Requests.commitment("WESSEX"), "text", "Managers\u0000 will check.")),
                400,
                "validation.control-character",
                "text");
        refused(
                api.as("lead.national")
                        .post("/api/inspections", with(Requests.inspection("WESSEX"), "title", "Baseline\u0000")),
                400,
                "validation.control-character",
                "title");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aTitleOfFiveHundredAndOneCharacters_isTooLong() {
        long before = events();
        refused(
                api.as("lead.national")
                        .post("/api/inspections", with(Requests.inspection("WESSEX"), "title", "t".repeat(501))),
                400,
                "validation.too-long",
                "title");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void twentyThousandIssues_areTooMany() {
        long before = events();
        List<Map<String, Object>> issues = IntStream.rangeClosed(1, 20_000)
                .mapToObj(n -> map("number", n, "text", "x", "theme", "disclosure"))
                .toList();
        refused(
                api.as("lead.national").post("/api/inspections", with(Requests.inspection("WESSEX"), "issues", issues)),
                400,
                "validation.too-many",
                "issues");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aSampleOfTwoToTheThirtyOneMinusOne_isOutOfRange() {
        String id = createCommitment(Requests.commitment("WESSEX"));
        long before = events();
        refused(
                api.as("lead.national")
                        .post(
                                "/api/commitments/" + id + "/evidence",
                                map(
                                        "method",
                                        "IQA",
                                        "effectiveOn",
                                        "2022-06-01",
                                        "sampleSize",
                                        Integer.MAX_VALUE,
                                        "compliantCount",
                                        1,
                                        "summary",
                                        "Huge")),
                400,
                "validation.out-of-range",
                "sampleSize");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void jsonNestedDeeperThanTheLimit_isUnreadable() {
        String deep = "{\"a\":".repeat(Limits.JSON_NESTING + 10) + "1" + "}".repeat(Limits.JSON_NESTING + 10);
        String body = "{\"deep\":" + deep
                + ",\"area\":\"WESSEX\",\"theme\":\"disclosure\",\"text\":\"Check.\",\"committedOn\":\"2022-05-10\"}";
        long before = events();
        Api.Response response = api.as("lead.national").post("/api/commitments", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anImportedDocumentDated2099_isRefusedAtCommitAndNothingIsRecorded() throws IOException {
        String document = new String(
                        new ClassPathResource("importing/wessex-2019-aai.md")
                                .getInputStream()
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("14/03/2019", "31/12/2099")
                .replace("14 March 2019", "31 December 2099");
        Api.Response imported = api.as("lead.national").postText("/api/imports", document, "text/markdown");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        long before = events();
        Api.Response committed = api.as("lead.national").post("/api/imports/" + imported.text("id") + "/commit", null);
        refused(committed, 400, "validation.in-future", "publishedOn");
        assertThat(events()).isEqualTo(before);
        assertThat(api.as("auditor")
                        .get("/api/imports/" + imported.text("id"))
                        .json()
                        .path("status")
                        .asString())
                .isNotEqualTo("COMMITTED");
    }

    @Test
    void aDocumentWhoseDraftIsOverAMillionCharacters_isImportedAndItsDraftKept() throws IOException {
        String wessex = new String(
                new ClassPathResource("importing/wessex-2019-aai.md")
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        StringBuilder document = new StringBuilder(wessex.substring(0, wessex.indexOf("## Inspectorate")))
                .append("## Inspectorate's Issues to Address and CPS Area response\n\n");
        for (int issue = 1; document.length() < Limits.DOCUMENT_CHARS / 4; issue++) {
            document.append(issue)
                    .append(". The Area should improve practice number ")
                    .append(issue)
                    .append(".\n\n**CPS Response:** ");
            IntStream.range(0, 20)
                    .forEach(n -> document.append("Managers will check case file ")
                            .append(n)
                            .append(". "));
            document.append("\n\n");
        }
        Api.Response imported = api.as("lead.national").postText("/api/imports", document.toString(), "text/markdown");
        assertThat(imported.status())
                .as(imported.body().substring(0, Math.min(300, imported.body().length())))
                .isEqualTo(201);
        Integer draftLength = jdbc.queryForObject(
                "select length(draft_json) from imported_document where id = ?", Integer.class, imported.text("id"));
        assertThat(draftLength)
                .as("the draft is longer than the document column of a million characters")
                .isGreaterThan(1_000_000);
        assertThat(api.as("auditor")
                        .get("/api/imports/" + imported.text("id"))
                        .json()
                        .path("draft")
                        .path("issues"))
                .hasSizeGreaterThan(10);
    }

    @Test
    void anImportOverTwoMegabytes_isTooLarge() {
        long before = events();
        Api.Response response = api.as("lead.national")
                .postText("/api/imports", "a".repeat(Limits.IMPORT_BODY_BYTES + 1), "text/plain");
        refused(response, 413, "request.too-large", null);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aJsonBodyOverOneMegabyte_isTooLarge() {
        refused(
                api.as("lead.national")
                        .post(
                                "/api/commitments",
                                with(Requests.commitment("WESSEX"), "padding", "p".repeat(Limits.JSON_BODY_BYTES))),
                413,
                "request.too-large",
                null);
    }

    private HttpResponse<String> raw(String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("lead.national:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
