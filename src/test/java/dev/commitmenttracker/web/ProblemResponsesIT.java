package dev.commitmenttracker.web;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal is problem+json with a code and the right status: bad input is a 4xx (never 500 or 503), an id of
 * another kind of record is 404 or 409, and the container's and the firewall's own refusals have the same shape.
 */
@PostgresIntegrationTest
class ProblemResponsesIT {

    static final String MANAGER = "manager.london-north";
    static final String LEAD = "lead.national";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anInspectionsIdUsedAsACommitmentsIdIsNotFoundOrInUse() {
        String inspectionId = anInspection();
        Api.As manager = api.as(MANAGER);

        assertProblem(manager.get("/api/commitments/" + inspectionId), 404, "commitment.not-found");
        assertProblem(
                manager.get("/api/commitments/" + inspectionId + "?validAt=2023-01-01"), 404, "commitment.not-found");
        assertProblem(
                manager.post("/api/commitments/" + inspectionId + "/start", map("on", "2022-06-01")),
                404,
                "commitment.not-found");
        assertProblem(api.as("auditor").get("/api/commitments/" + inspectionId + "/history"), 404, null);
        assertProblem(
                manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "id", inspectionId)),
                409,
                "commitment.id-in-use");
    }

    @Test
    void anInspectionCreatedUnderACommitmentsIdIsInUse() {
        String commitmentId = UUID.randomUUID().toString();
        assertThat(api.as(MANAGER)
                        .post("/api/commitments", with(commitment("LONDON_NORTH"), "id", commitmentId))
                        .status())
                .isEqualTo(201);

        assertProblem(
                api.as(MANAGER).post("/api/inspections", with(inspection("LONDON_NORTH"), "id", commitmentId)),
                409,
                "inspection.id-in-use");
    }

    @Test
    void anAsOfABillionYearsOutIsBadInput() {
        RawHttp.Answer answer = RawHttp.send(
                port,
                "GET",
                "/api/reports/areas/LONDON_NORTH?asOf=%2B1000000000-01-01T00:00:00Z",
                Map.of("Authorization", RawHttp.basic(LEAD)),
                null);
        assertRawProblem(answer, 400, "validation.out-of-range");
        assertThat(field(answer)).isEqualTo("asOf");
    }

    @Test
    void aPageWhoseOffsetOverflowsIsBadInputNotADatabaseFault() {
        assertProblem(api.as(LEAD).get("/api/commitments?page=4294968&size=500"), 400, "validation.out-of-range");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data",
                "multipart/form-data; boundary=x",
                "application/*",
                "text/plain",
                "application/xml"
            })
    void aJsonEndpointRefusesOtherContentTypes(String contentType) {
        RawHttp.Answer answer = RawHttp.send(
                port,
                "POST",
                "/api/commitments",
                Map.of(
                        "Authorization",
                        RawHttp.basic(MANAGER),
                        "Content-Type",
                        contentType,
                        "X-Requested-With",
                        "test"),
                "{\"area\":\"LONDON_NORTH\"}".getBytes());
        assertRawProblem(answer, 415, "request.unsupported-media-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
    void aFormBodyThatCannotBeDecodedIsBadInput(String method) {
        // found by BadRequestFuzzIT: Spring's FormContentFilter decodes PUT/PATCH/DELETE form bodies before any
        // controller, and a stray '%' made it throw outside the controllers: answered 500
        RawHttp.Answer answer = RawHttp.send(
                port,
                method,
                "/api/imports/" + UUID.randomUUID() + "/draft",
                Map.of(
                        "Authorization",
                        RawHttp.basic(MANAGER),
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "X-Requested-With",
                        "test"),
                "{\"title\":\"%\"}".getBytes(StandardCharsets.UTF_8));
        assertRawProblem(answer, 400, "request.malformed");
    }

    @Test
    void anUploadOverTheLimitIsTooLarge() {
        byte[] big = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        RawHttp.Answer answer =
                RawHttp.send(port, "POST", "/api/imports", multipartHeaders(), multipart("response.txt", big));
        assertRawProblem(answer, 413, "request.too-large");
    }

    @Test
    void aMultipartImportWithoutItsFilePartIsBadInput() {
        String boundary = "xyzzy";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nhello\r\n--"
                        + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/imports", multipartHeaders(), body);
        assertRawProblem(answer, 400, "validation.required");
        assertThat(field(answer)).isEqualTo("file");
    }

    @Test
    void anImportWithNoBodyIsBadInput() {
        assertRawProblem(RawHttp.send(port, "POST", "/api/imports", multipartHeaders(), null), 400, null);
        assertRawProblem(RawHttp.send(port, "POST", "/api/imports", multipartHeaders(), new byte[0]), 400, null);
        RawHttp.Answer plain = RawHttp.send(
                port,
                "POST",
                "/api/imports",
                Map.of("Authorization", RawHttp.basic(MANAGER), "Content-Type", "text/plain"),
                null);
        assertRawProblem(plain, 400, null);
        RawHttp.Answer none =
                RawHttp.send(port, "POST", "/api/imports", Map.of("Authorization", RawHttp.basic(MANAGER)), null);
        assertThat(none.status()).as(none.toString()).isBetween(400, 499);
        assertRawProblem(none, none.status(), null);
    }

    @Test
    void anUploadWithAFileNameTooLongForTheRecordIsBadInput() throws java.io.IOException {
        // A real response, so that only the file name is wrong with it.
        byte[] response = new org.springframework.core.io.ClassPathResource(
                        "importing/yorkshire-and-humberside-2023-aip.txt")
                .getContentAsByteArray();
        Map<String, String> headers = new LinkedHashMap<>(multipartHeaders());
        headers.put("Authorization", RawHttp.basic(LEAD));
        RawHttp.Answer answer =
                RawHttp.send(port, "POST", "/api/imports", headers, multipart("r".repeat(300) + ".txt", response));
        assertRawProblem(answer, 400, "validation.too-long");
        assertThat(field(answer)).isEqualTo("fileName");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/commitments/%00",
                "/api/commitments/%ZZ",
                "/api/commitments/..%2F..%2Fetc",
                "/api/commitments/a;b",
                "/api/commitments/%2e%2e/x",
                "/api/%2e%2e/api/commitments",
                "/api/commitments/a%2Fb",
                "/api//commitments",
                "/api/commitments/%5C"
            })
    void pathsTheContainerOrTheFirewallRefuseAreProblems(String path) {
        RawHttp.Answer answer = RawHttp.send(port, "GET", path, Map.of("Authorization", RawHttp.basic(MANAGER)), null);

        assertThat(answer.status()).as(path + " -> " + answer).isBetween(400, 499);
        assertRawProblem(answer, answer.status(), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/;;", "application/json;q=x", "//", "text/csv, ;", "*/*;q=1;q=2"})
    void aMalformedAcceptHeaderIsAnsweredWithAProblem(String accept) {
        for (String path : new String[] {
            "/api/commitments", "/api/commitments/" + UUID.randomUUID(), "/api/reports/areas", "/api/nowhere"
        }) {
            RawHttp.Answer answer = RawHttp.send(
                    port, "GET", path, Map.of("Authorization", RawHttp.basic(MANAGER), "Accept", accept), null);
            if (answer.status() >= 400) {
                assertRawProblem(answer, answer.status(), null);
            }
        }
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblems() {
        assertProblem(api.as(MANAGER).get("/api/nowhere"), 404, "request.no-such-path");
        assertProblem(
                api.as(MANAGER).send(HttpMethod.DELETE, "/api/commitments", null, Map.of()),
                405,
                "request.method-not-allowed");
        assertProblem(api.as(null).get("/error"), 404, "request.no-such-path");
    }

    @Test
    void parseErrorsSayWhatWasExpectedWithoutNamingJavaClasses() {
        Api.As manager = api.as(MANAGER);
        Api.Response area = manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "area", "NOWHERE"));
        assertProblem(area, 400, "validation.unreadable");
        assertThat(area.text("field")).isEqualTo("area");
        assertThat(area.text("detail")).contains("LONDON_NORTH");

        Api.Response date = manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "dueDate", "31/03/2023"));
        assertProblem(date, 400, "validation.unreadable");
        assertThat(date.text("detail")).contains("YYYY-MM-DD");

        for (Api.Response response : new Api.Response[] {
            area,
            date,
            manager.post("/api/commitments", "[1, 2]"),
            manager.post("/api/commitments", "\"text\""),
            manager.post("/api/commitments", "{\"area\": "),
            manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "theme", "nonsense")),
            manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "targetCompliance", "lots")),
            manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "jointWith", "LONDON_SOUTH")),
            manager.post(
                    "/api/inspections", with(inspection("LONDON_NORTH"), "ratings", Map.of("Casework", "Splendid"))),
            manager.post("/api/inspections", with(inspection("LONDON_NORTH"), "issues", "none")),
            manager.get("/api/commitments?status=NOPE"),
            manager.get("/api/reports/areas/NOWHERE")
        }) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.text("code")).as(response.toString()).isNotBlank();
            assertThat(response.body())
                    .as("no Java class named")
                    .doesNotContain("dev.commitmenttracker")
                    .doesNotContain("java.")
                    .doesNotContain("tools.jackson")
                    .doesNotContain("`");
        }
    }

    @Test
    void anEventAppendedByAnotherWriterFirstIsAConflictNotAnOutage() {
        String id = UUID.randomUUID().toString();
        assertThat(api.as(MANAGER)
                        .post("/api/commitments", with(commitment("LONDON_NORTH"), "id", id))
                        .status())
                .isEqualTo(201);
        // Another node appends event 1 of this commitment while our command is being handled: the trigger writes its
        // copy of the row first, so our insert meets the (aggregate, sequence) guard.
        jdbc.execute("create or replace function other_writer_first() returns trigger language plpgsql as $$ begin "
                + "insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                + "payload_type, payload_revision, payload, meta_data) values (nextval('domain_event_entry_global_index_seq'), "
                + "'other-' || new.event_identifier, new.aggregate_identifier, new.sequence_number, new.type, new.time_stamp, "
                + "new.payload_type, new.payload_revision, new.payload, new.meta_data); return new; end $$");
        jdbc.execute("create trigger other_writer_first before insert on domain_event_entry for each row "
                + "when (new.aggregate_identifier = '" + id
                + "' and new.event_identifier not like 'other-%') execute function other_writer_first()");
        Api.Response raced;
        try {
            raced = api.as(MANAGER)
                    .post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM", "on", "2022-06-01"));
        } finally {
            jdbc.execute("drop trigger other_writer_first on domain_event_entry");
        }
        assertProblem(raced, 409, "version.conflict");
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, id))
                .as("nothing of the refused request is recorded")
                .isEqualTo(1);
        assertThat(api.as(MANAGER)
                        .post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM", "on", "2022-06-01"))
                        .status())
                .isEqualTo(200);
    }

    private String anInspection() {
        Api.Response created = api.as(MANAGER).post("/api/inspections", inspection("LONDON_NORTH"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private static Map<String, String> multipartHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", RawHttp.basic(MANAGER));
        headers.put("Content-Type", "multipart/form-data; boundary=xyzzy");
        headers.put("X-Requested-With", "test"); // not a simple cross-site request (docs/access.md)
        return headers;
    }

    private static byte[] multipart(String fileName, byte[] content) {
        byte[] head = ("--xyzzy\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--xyzzy--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        if (code == null) {
            assertThat(response.text("code")).as(response.toString()).isNotBlank();
        } else {
            assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
        }
    }

    private void assertRawProblem(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        JsonNode body = json.readTree(answer.body());
        assertThat(body.path("status").asInt()).as(answer.toString()).isEqualTo(status);
        if (code == null) {
            assertThat(body.path("code").asString()).as(answer.toString()).isNotBlank();
        } else {
            assertThat(body.path("code").asString()).as(answer.toString()).isEqualTo(code);
        }
    }

    private String field(RawHttp.Answer answer) {
        return json.readTree(answer.body()).path("field").asString();
    }
}
