package dev.commitmenttracker;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.OpenApiContract;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is the API: every endpoint is called with answers that succeed and answers that refuse, and
 * each real answer (status, content type, body) must be what /v3/api-docs says that operation answers.
 */
@PostgresIntegrationTest
class ContractIT {

    private static final String LEAD = "lead.national";
    private static final Map<String, String> JSON_CALL = Map.of("X-Requested-With", "contract-test");

    @LocalServerPort
    int port;

    @Test
    void everyAnswerOfEveryEndpointIsTheOneTheDocumentDescribes() {
        Api api = new Api(port);
        JsonNode document = api.as(LEAD).get("/v3/api-docs").json();
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("basicAuth")
                        .path("scheme")
                        .asString())
                .isEqualTo("basic");
        JsonNode create = document.path("paths").path("/api/commitments").path("post");
        assertThat(create.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asString())
                .endsWith("/CommitmentCreate");
        assertThat(create.path("responses").has("201")).isTrue();
        assertThat(create.path("responses").path("400").path("content").has("application/problem+json"))
                .isTrue();
        assertThat(document.path("paths")
                        .path("/api/reports/areas")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("items")
                        .path("$ref")
                        .asString())
                .endsWith("/AreaProgressView");
        List<String> csvAnswers = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode csv = operation
                            .getValue()
                            .path("responses")
                            .path("200")
                            .path("content")
                            .path("text/csv");
                    if (!csv.isMissingNode()) {
                        csvAnswers.add(path.getKey() + " "
                                + csv.path("schema").path("type").asString());
                    }
                }));
        assertThat(csvAnswers)
                .as("every CSV answer is described as text, not as its JSON schema")
                .contains("/api/reports/areas string", "/api/reports/areas/{area} string", "/api/commitments string")
                .allMatch(answer -> answer.endsWith(" string"));
        OpenApiContract contract = api.checkingContract();

        String inspectionId = api.as(LEAD)
                .post("/api/inspections", inspection("LONDON_NORTH"))
                .text("id");
        api.as(LEAD).post("/api/inspections", map("area", "LONDON_NORTH"));
        api.as(LEAD).get("/api/inspections/" + inspectionId);
        api.as(LEAD).get("/api/inspections/" + UUID.randomUUID());
        api.as(LEAD).get("/api/inspections?area=LONDON_NORTH");
        api.as(LEAD).get("/api/areas");
        api.as(LEAD).get("/api/units");
        api.as(LEAD).get("/api/units?kind=CASEWORK_DIVISION");
        api.as(LEAD).get("/api/units?kind=COUNTY");
        api.as(LEAD).post("/api/commitments", commitment("NATIONAL"));
        api.as(LEAD).post("/api/commitments", with(commitment("NATIONAL"), "jointWith", List.of("WESSEX")));

        String id = api.as(LEAD)
                .post(
                        "/api/commitments",
                        with(
                                commitment("LONDON_NORTH"),
                                "inspectionId",
                                inspectionId,
                                "issueNumber",
                                2,
                                "targetCompliance",
                                80))
                .text("id");
        api.as(LEAD).post("/api/commitments", with(commitment("LONDON_NORTH"), "theme", null));
        api.as(null).post("/api/commitments", commitment("LONDON_NORTH"));
        api.as("analyst").post("/api/commitments", commitment("LONDON_NORTH"));
        api.as(LEAD).send(HttpMethod.POST, "/api/commitments", "not json", Map.of());

        api.as(LEAD)
                .post(
                        "/api/commitments/" + id + "/assignment",
                        map("ownerRole", "LEGAL_MANAGER", "ownerName", "A. Khan", "on", "2022-05-12"));
        api.as(LEAD).send(HttpMethod.POST, "/api/commitments/" + id + "/start", null, JSON_CALL);
        api.as(LEAD)
                .post(
                        "/api/commitments/" + id + "/progress-notes",
                        map("note", "First sample taken.", "on", "2022-07-01"));
        api.as(LEAD)
                .post(
                        "/api/commitments/" + id + "/progress-notes",
                        map("note", "Stale.", "on", "2022-07-02"),
                        Map.of("If-Match", "\"1\""));
        api.as(LEAD)
                .post(
                        "/api/commitments/" + id + "/evidence",
                        map(
                                "method",
                                "DIP_SAMPLE",
                                "effectiveOn",
                                "2022-09-30",
                                "sampleSize",
                                20,
                                "compliantCount",
                                17,
                                "summary",
                                "September dip sample",
                                "reference",
                                "DS-09",
                                "on",
                                "2022-09-30"));
        String version = api.as(LEAD).get("/api/commitments/" + id).headers().getETag();
        api.as(LEAD)
                .post(
                        "/api/commitments/" + id + "/closure",
                        map("rationale", "Above target.", "on", "2022-10-01"),
                        Map.of("If-Match", version));
        version = api.as(LEAD).get("/api/commitments/" + id).headers().getETag();
        api.as(LEAD)
                .post(
                        "/api/commitments/" + id + "/reopening",
                        map("reason", "Compliance fell.", "on", "2022-11-01"),
                        Map.of("If-Match", version));
        version = api.as(LEAD).get("/api/commitments/" + id).headers().getETag();
        api.as(LEAD)
                .post(
                        "/api/commitments/" + id + "/due-date",
                        map("dueDate", "2027-09-30", "reason", "Staff shortages.", "on", "2022-11-02"),
                        Map.of("If-Match", version));
        api.as("inspector")
                .post(
                        "/api/commitments/" + id + "/follow-up-judgement",
                        map("grade", "REASONABLE_PROGRESS", "judgedOn", "2022-12-01"));
        api.as(LEAD)
                .post(
                        "/api/commitments/" + id + "/assurance-plan",
                        map(
                                "method",
                                "DIP_SAMPLE",
                                "cadence",
                                "MONTHLY",
                                "startsOn",
                                "2022-06-01",
                                "on",
                                "2022-11-03"));
        api.as(LEAD)
                .post(
                        "/api/commitments/" + id + "/assurance-plan",
                        map("method", "DIP_SAMPLE", "cadence", "FORTNIGHTLY", "startsOn", "2022-06-01"));
        api.as(LEAD)
                .post(
                        "/api/commitments",
                        with(
                                commitment("LONDON_NORTH"),
                                "assurancePlan",
                                map("method", "IQA", "cadence", "QUARTERLY", "startsOn", "2022-07-01")));
        api.as(LEAD).get("/api/commitments/" + id + "/missed-checks");
        api.as(LEAD).get("/api/commitments/" + id + "/missed-checks", "text/csv");
        api.as(LEAD)
                .post(
                        "/api/commitments/" + UUID.randomUUID() + "/progress-notes",
                        map("note", "Nobody here.", "on", "2022-07-01"));
        api.as(LEAD).get("/api/commitments/" + id);
        api.as(LEAD).get("/api/commitments/" + id + "?validAt=2022-09-30");
        api.as(LEAD).get("/api/commitments/" + id + "?validAt=yesterday");
        api.as(LEAD).get("/api/commitments/" + id + "/history");
        api.as(LEAD).get("/api/commitments/" + id + "/history", "text/csv");
        version = api.as(LEAD).get("/api/commitments/" + id).headers().getETag();
        api.as(LEAD)
                .post(
                        "/api/commitments/" + id + "/withdrawal",
                        map("reason", "Superseded.", "on", "2022-12-02"),
                        Map.of("If-Match", version));

        ProjectionsCaughtUp.await(api);
        for (String report : new String[] {
            "/api/commitments",
            "/api/commitments?area=LONDON_NORTH&status=WITHDRAWN",
            "/api/reports/areas",
            "/api/reports/areas/LONDON_NORTH",
            "/api/reports/themes",
            "/api/reports/owners",
            "/api/reports/evidence",
            "/api/reports/evidence/trend",
            "/api/reports/slippage",
            "/api/reports/slippage/areas",
            "/api/reports/missed-checks",
            "/api/reports/missed-checks?area=LONDON_NORTH&theme=disclosure&owner=LEGAL_MANAGER",
            "/api/reports/areas/LONDON_NORTH/changes?from=2022-01-01&to=2022-12-31"
        }) {
            api.as(LEAD).get(report);
            api.as(LEAD).get(report, "text/csv");
        }
        api.as(LEAD).get("/api/commitments?size=0");
        api.as(LEAD).get("/api/reports/areas/NOWHERE");
        api.as(LEAD).get("/api/reports/areas?kind=NATIONAL");
        api.as(LEAD).get("/api/reports/areas?kind=NATIONAL", "text/csv");
        api.as(LEAD).get("/api/reports/areas?kind=COUNTY");
        api.as(LEAD).get("/api/reports/areas/NATIONAL");

        api.as("auditor").get("/api/audit/verify");
        api.as("auditor").get("/api/audit/verify?commitment=" + id);
        api.as("auditor").get("/api/audit/digest");
        api.as("analyst").get("/api/audit/digest");

        String importId = api.as(LEAD)
                .postText("/api/imports", "London North will act.\n\n1. Something.", "text/plain")
                .text("id");
        api.as(LEAD).postText("/api/imports", "", "text/plain");
        if (importId != null) {
            api.as(LEAD).get("/api/imports/" + importId);
        }
        api.as(LEAD).get("/api/imports/" + UUID.randomUUID());

        api.as(LEAD).get("/api/admin/projections");
        String rebuild = api.as(LEAD)
                .send(HttpMethod.POST, "/api/admin/projections/commitment-progress/rebuild", null, JSON_CALL)
                .text("id");
        if (rebuild != null) {
            api.as(LEAD).get("/api/admin/projections/rebuilds/" + rebuild);
        }
        api.as(LEAD).get("/api/admin/projections/rebuilds/" + UUID.randomUUID());
        api.as(LEAD).send(HttpMethod.POST, "/api/admin/projections/no-such-projection/rebuild", null, JSON_CALL);
        api.as("analyst").get("/api/admin/projections");

        // reminders (issue 15): contacts, the attention report, notifications
        api.as(LEAD)
                .send(
                        HttpMethod.PUT,
                        "/api/units/LONDON_NORTH/contacts/LEGAL_MANAGER",
                        map("name", "Priya Shah", "email", "priya.shah@example.gov.uk"),
                        Map.of());
        api.as(LEAD)
                .send(
                        HttpMethod.PUT,
                        "/api/units/LONDON_NORTH/contacts/LEGAL_MANAGER",
                        map("name", "Priya Shah", "email", "not an address"),
                        Map.of());
        api.as(LEAD)
                .send(
                        HttpMethod.PUT,
                        "/api/units/LONDON_NORTH/contacts/NO_SUCH_ROLE",
                        map("name", "Priya Shah", "email", "priya.shah@example.gov.uk"),
                        Map.of());
        api.as(LEAD).get("/api/units/LONDON_NORTH/contacts");
        api.as(LEAD).get("/api/units/LONDON_NORTH/contacts/history");
        api.as("analyst").get("/api/units/LONDON_NORTH/contacts");
        api.as(LEAD).get("/api/reports/attention?area=LONDON_NORTH");
        api.as(LEAD).get("/api/reports/attention?area=LONDON_NORTH", "text/csv");
        api.as(LEAD).send(HttpMethod.POST, "/api/notifications/daily-run", null, JSON_CALL);
        api.as("analyst").send(HttpMethod.POST, "/api/notifications/daily-run", null, JSON_CALL);
        api.as(LEAD).get("/api/notifications");
        api.as(LEAD).get("/api/notifications?limit=0");
        api.as(LEAD)
                .send(HttpMethod.DELETE, "/api/units/LONDON_NORTH/contacts/LEGAL_MANAGER?erase=true", null, JSON_CALL);

        assertThat(contract.checked()).isGreaterThan(60);
        assertThat(contract.mismatches())
                .as("answers the OpenAPI document does not describe")
                .isEmpty();
    }
}
