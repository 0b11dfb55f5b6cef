package dev.commitmenttracker.commitment.web;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The commitment API end to end: HTTP, command, event store on PostgreSQL, and back. */
@PostgresIntegrationTest
class CommitmentLifecycleIT {

    static final String LONDON_NORTH_MANAGER = "manager.london-north";
    static final String NORTH_WEST_MANAGER = "manager.north-west";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aCommitmentGoesThroughItsWholeLifecycle() {
        String id = create(LONDON_NORTH_MANAGER, with(commitment("LONDON_NORTH"), "targetCompliance", 85));
        Api.As manager = api.as(LONDON_NORTH_MANAGER);

        assertThat(manager.get("/api/commitments/" + id).json().path("status").asString())
                .isEqualTo("COMMITTED");
        assertStatus(
                manager.post(
                        act(id, "assignment"),
                        map("ownerRole", "LEGAL_MANAGER", "ownerName", "A. Khan", "on", "2022-05-12")),
                "ASSIGNED",
                1);
        assertStatus(manager.post(act(id, "start"), map("on", "2022-06-01")), "IN_PROGRESS", 2);
        assertStatus(
                manager.post(act(id, "progress-notes"), map("note", "First monthly sample taken.", "on", "2022-07-01")),
                "IN_PROGRESS",
                3);
        assertStatus(manager.post(act(id, "evidence"), evidence("2022-07-31", 20, 15)), "EVIDENCED", 4);

        Api.Response belowTarget =
                manager.postAtCurrentVersion(act(id, "closure"), map("rationale", "Sampling is embedded."));
        assertProblem(belowTarget, 409, "commitment.target-not-met");

        assertStatus(manager.post(act(id, "evidence"), evidence("2022-10-31", 20, 18)), "EVIDENCED", 5);
        assertStatus(
                manager.postAtCurrentVersion(
                        act(id, "closure"),
                        map("rationale", "Compliance held above target for a quarter.", "on", "2022-11-15")),
                "CLOSED",
                6);
        assertStatus(
                manager.post(
                        act(id, "reopening"),
                        map("reason", "Compliance fell again in the spring.", "on", "2023-04-01")),
                "IN_PROGRESS",
                7);
        assertStatus(
                manager.postAtCurrentVersion(
                        act(id, "due-date"),
                        map(
                                "dueDate",
                                "2023-09-30",
                                "reason",
                                "Staff shortages.",
                                "on",
                                "2023-04-02",
                                "recordOfEarlierDecision",
                                true)),
                "IN_PROGRESS",
                8);
        assertStatus(
                manager.postAtCurrentVersion(
                        act(id, "withdrawal"),
                        map("reason", "Superseded by the national programme.", "on", "2023-05-01")),
                "WITHDRAWN",
                9);

        Api.Response after = manager.get("/api/commitments/" + id);
        assertThat(after.headers().getETag()).isEqualTo("\"9\"");
        assertThat(after.json().path("evidence")).hasSize(2);
        assertThat(after.json()
                        .path("evidence")
                        .get(1)
                        .path("compliancePercent")
                        .asDouble())
                .isEqualTo(90.0);
        assertThat(after.json().path("originalDueDate").asString()).isEqualTo("2023-03-31");
        assertThat(after.json().path("dueDate").asString()).isEqualTo("2023-09-30");
        assertThat(after.json().path("ownerName").asString()).isEqualTo("A. Khan");
        assertThat(after.json().path("allowedActs")).isEmpty();

        assertProblem(manager.post(act(id, "start"), map()), 409, "commitment.transition-not-allowed");
        assertThat(eventTypes(id))
                .containsExactly(
                        "CommitmentRecorded",
                        "CommitmentAssigned",
                        "WorkStarted",
                        "ProgressNoted",
                        "EvidenceRecorded",
                        "EvidenceRecorded",
                        "CommitmentClosed",
                        "CommitmentReopened",
                        "DueDateRevised",
                        "CommitmentWithdrawn");
    }

    @Test
    void everyEventRecordsTheLoginThatCausedItNotAnythingInTheBody() {
        String id = create(LONDON_NORTH_MANAGER, with(commitment("LONDON_NORTH"), "actor", "someone.else"));
        api.as("lead.national").post(act(id, "assignment"), map("ownerRole", "ABM", "actor", "someone.else"));

        List<String> metadata = jdbc.queryForList(
                "select convert_from(meta_data, 'UTF8') from domain_event_entry "
                        + "where aggregate_identifier = ? order by sequence_number",
                String.class,
                id);
        assertThat(metadata).hasSize(2);
        assertThat(metadata.get(0))
                .contains("\"actor\":\"manager.london-north\"")
                .doesNotContain("someone.else");
        assertThat(metadata.get(1)).contains("\"actor\":\"lead.national\"").contains("correlationId");
    }

    @Test
    void repeatingACommandThatChangesNothingRecordsNothing() {
        String id = create(LONDON_NORTH_MANAGER, commitment("LONDON_NORTH"));
        Api.As manager = api.as(LONDON_NORTH_MANAGER);
        manager.post(act(id, "assignment"), map("ownerRole", "ABM"));
        manager.post(act(id, "assignment"), map("ownerRole", "ABM"));
        manager.post(act(id, "start"), map());
        Api.Response again = manager.post(act(id, "start"), map());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("version").asLong()).isEqualTo(2);
        assertThat(eventTypes(id)).containsExactly("CommitmentRecorded", "CommitmentAssigned", "WorkStarted");
    }

    @Test
    void sendingTheSameCreateTwiceYieldsOneCommitment() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = with(commitment("LONDON_NORTH"), "id", id);

        Api.Response first = api.as(LONDON_NORTH_MANAGER).post("/api/commitments", body);
        Api.Response second = api.as(LONDON_NORTH_MANAGER).post("/api/commitments", body);
        Api.Response different =
                api.as(LONDON_NORTH_MANAGER).post("/api/commitments", with(body, "text", "Something else entirely."));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text("id")).isEqualTo(id);
        assertProblem(different, 409, "commitment.id-in-use");
        assertThat(eventTypes(id)).containsExactly("CommitmentRecorded");
    }

    @Test
    void aJointCommitmentCanBeCommandedFromBothAreasButNotFromAThird() {
        String id = create(NORTH_WEST_MANAGER, with(commitment("NORTH_WEST"), "jointWith", List.of("LONDON_NORTH")));

        assertThat(api.as(LONDON_NORTH_MANAGER)
                        .post(act(id, "assignment"), map("ownerRole", "DCCP"))
                        .status())
                .isEqualTo(200);
        assertThat(api.as(NORTH_WEST_MANAGER).post(act(id, "start"), map()).status())
                .isEqualTo(200);

        String notJoint = create(NORTH_WEST_MANAGER, commitment("NORTH_WEST"));
        assertProblem(
                api.as(LONDON_NORTH_MANAGER).post(act(notJoint, "assignment"), map("ownerRole", "DCCP")),
                403,
                "auth.area-forbidden");
        assertProblem(
                api.as(LONDON_NORTH_MANAGER).post("/api/commitments", commitment("NORTH_WEST")),
                403,
                "auth.area-forbidden");
        assertThat(eventTypes(notJoint)).containsExactly("CommitmentRecorded");
    }

    @Test
    void aConditionalRequestOnAnOldVersionIsRefusedAndChangesNothing() {
        String id = create(LONDON_NORTH_MANAGER, commitment("LONDON_NORTH"));
        Api.As manager = api.as(LONDON_NORTH_MANAGER);
        Api.Response read = manager.get("/api/commitments/" + id);
        assertThat(read.headers().getETag()).isEqualTo("\"0\"");

        Api.Response assigned = manager.post(
                act(id, "assignment"),
                map("ownerRole", "ABM"),
                Map.of("If-Match", read.headers().getETag()));
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.headers().getETag()).isEqualTo("\"1\"");

        Api.Response stale = manager.post(act(id, "start"), map(), Map.of("If-Match", "\"0\""));
        assertProblem(stale, 412, "version.mismatch");
        assertThat(eventTypes(id)).containsExactly("CommitmentRecorded", "CommitmentAssigned");
    }

    @Test
    void badInputIsABadRequestNamingTheFieldAndStoresNothing() {
        Api.As manager = api.as(LONDON_NORTH_MANAGER);
        String id = create(LONDON_NORTH_MANAGER, commitment("LONDON_NORTH"));
        manager.post(act(id, "assignment"), map("ownerRole", "ABM"));
        manager.post(act(id, "start"), map());

        assertField(
                manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "text", " ")),
                "validation.required",
                "text");
        assertField(
                manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "theme", "cooking")),
                "validation.unreadable",
                "theme");
        assertField(
                manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "area", "ATLANTIS")),
                "validation.unreadable",
                "area");
        assertField(
                manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "committedOn", "2099-01-01")),
                "validation.in-future",
                "committedOn");
        assertField(
                manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "dueDate", "2020-01-01")),
                "validation.before-committed",
                "dueDate");
        assertField(
                manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "committedOn", "10/05/2022")),
                "validation.unreadable",
                "committedOn");
        assertField(
                manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "id", "not-a-uuid")),
                "validation.invalid-id",
                "id");
        assertField(
                manager.post("/api/commitments", with(commitment("LONDON_NORTH"), "targetCompliance", 120)),
                "validation.out-of-range",
                "targetCompliance");
        assertField(
                manager.post(
                        "/api/commitments",
                        with(
                                commitment("LONDON_NORTH"),
                                "inspectionId",
                                UUID.randomUUID().toString())),
                "validation.unknown-inspection",
                "inspectionId");
        assertProblem(manager.post("/api/commitments", "{not json"), 400, "request.malformed");

        assertField(
                manager.post(act(id, "evidence"), with(evidence("2022-07-31", 10, 11))),
                "validation.out-of-range",
                "compliantCount");
        assertField(
                manager.post(act(id, "evidence"), with(evidence("2022-07-31", 0, 0))),
                "validation.out-of-range",
                "sampleSize");
        assertField(
                manager.post(act(id, "evidence"), with(evidence("2022-07-31", 10, 5), "sampleSize", null)),
                "validation.required",
                "sampleSize");
        assertField(
                manager.post(act(id, "evidence"), evidence("2099-07-31", 10, 5)),
                "validation.in-future",
                "effectiveOn");
        assertField(
                manager.post(act(id, "evidence"), with(evidence("2022-07-31", 10, 5), "method", "GUESSWORK")),
                "validation.unreadable",
                "method");
        assertField(
                manager.post(act(id, "progress-notes"), map("note", "Sampled.", "on", "2099-01-01")),
                "validation.in-future",
                "on");
        assertField(
                manager.post(act(id, "progress-notes"), map("note", "Sampled.", "on", "2001-01-01")),
                "validation.before-committed",
                "on");
        assertField(
                manager.postAtCurrentVersion(act(id, "due-date"), map("dueDate", "2023-12-31")),
                "validation.required",
                "reason");

        assertThat(eventTypes(id)).containsExactly("CommitmentRecorded", "CommitmentAssigned", "WorkStarted");
    }

    @Test
    void aCommitmentAnswersAnIssueOfARecordedInspection() {
        Api.As manager = api.as(LONDON_NORTH_MANAGER);
        Api.Response inspection = manager.post("/api/inspections", inspection("LONDON_NORTH"));
        assertThat(inspection.status()).isEqualTo(201);
        String inspectionId = inspection.text("id");

        String id = create(
                LONDON_NORTH_MANAGER, with(commitment("LONDON_NORTH"), "inspectionId", inspectionId, "issueNumber", 2));
        assertThat(manager.get("/api/commitments/" + id)
                        .json()
                        .path("issueNumber")
                        .asInt())
                .isEqualTo(2);
        assertField(
                manager.post(
                        "/api/commitments",
                        with(commitment("LONDON_NORTH"), "inspectionId", inspectionId, "issueNumber", 7)),
                "validation.unknown-issue",
                "issueNumber");
        assertThat(manager.get("/api/inspections/" + inspectionId).json().path("issues"))
                .hasSize(2);
    }

    @Test
    void onlyLoginsWithACommandingRoleMayCommand() {
        String id = create(LONDON_NORTH_MANAGER, commitment("LONDON_NORTH"));

        assertProblem(api.as(null).get("/api/commitments/" + id), 401, "auth.unauthenticated");
        assertProblem(api.as(LONDON_NORTH_MANAGER, "wrong").get("/api/commitments/" + id), 401, "auth.unauthenticated");
        for (String reader : List.of("auditor", "analyst", "inspector")) {
            assertThat(api.as(reader).get("/api/commitments/" + id).status()).isEqualTo(200);
            assertProblem(api.as(reader).post(act(id, "assignment"), map("ownerRole", "ABM")), 403, "auth.forbidden");
        }
        assertThat(api.as("lead.national")
                        .post(act(id, "assignment"), map("ownerRole", "ABM"))
                        .status())
                .isEqualTo(200);
        assertThat(eventTypes(id)).containsExactly("CommitmentRecorded", "CommitmentAssigned");
    }

    @Test
    void anUnknownCommitmentIsNotFound() {
        assertProblem(api.as("auditor").get("/api/commitments/" + UUID.randomUUID()), 404, "commitment.not-found");
        assertProblem(
                api.as("lead.national").post(act(UUID.randomUUID().toString(), "start"), map()),
                404,
                "commitment.not-found");
    }

    @Test
    void theAreasAreReferenceData() {
        Api.Response areas = api.as("analyst").get("/api/areas");
        assertThat(areas.json()).hasSize(14);
        assertThat(areas.json().get(0).path("code").asString()).isEqualTo("LONDON_NORTH");
        assertThat(areas.body()).contains("CYMRU_WALES", "THAMES_AND_CHILTERN", "YORKSHIRE_AND_HUMBERSIDE");
    }

    private String create(String user, Map<String, Object> body) {
        Api.Response created = api.as(user).post("/api/commitments", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers().getLocation()).isNotNull();
        return created.text("id");
    }

    private static Map<String, Object> evidence(String effectiveOn, int sampleSize, int compliant) {
        return map(
                "method",
                "DIP_SAMPLE",
                "effectiveOn",
                effectiveOn,
                "sampleSize",
                sampleSize,
                "compliantCount",
                compliant,
                "summary",
                "Monthly dip sample of disclosure schedules.",
                "reference",
                "DS-" + effectiveOn);
    }

    private static String act(String id, String act) {
        return "/api/commitments/" + id + "/" + act;
    }

    private static void assertStatus(Api.Response response, String status, long version) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo(status);
        assertThat(response.json().path("version").asLong()).isEqualTo(version);
        assertThat(response.headers().getETag()).isEqualTo("\"" + version + "\"");
    }

    static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
        assertThat(response.text("detail")).isNotBlank();
    }

    private static void assertField(Api.Response response, String code, String field) {
        assertProblem(response, 400, code);
        assertThat(response.text("field")).as(response.toString()).isEqualTo(field);
    }

    private List<String> eventTypes(String id) {
        return jdbc
                .queryForList(
                        "select payload_type from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                        String.class,
                        id)
                .stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }
}
