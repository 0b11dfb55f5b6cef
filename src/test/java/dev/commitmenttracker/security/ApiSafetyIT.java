package dev.commitmenttracker.security;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * What keeps the API safe to use from a browser and from a retrying client: commands that no other site can send,
 * acts that cannot overwrite unseen changes, creates that a retry does not repeat, and answers that never claim
 * more than they checked.
 */
@PostgresIntegrationTest
class ApiSafetyIT {

    static final String LN = "manager.london-north";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String newCommitment() {
        Api.Response created = api.as(LN).post("/api/commitments", commitment("LONDON_NORTH"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    @Test
    void aCommandThatABrowserCouldSendCrossSiteIsRefused() {
        String id = newCommitment();
        api.as(LN).post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM"));
        Api.As bare = api.as(LN).withoutApiHeader();

        Api.Response bodyless = bare.send(HttpMethod.POST, "/api/commitments/" + id + "/start", null, Map.of());
        assertThat(bodyless.status()).as(bodyless.toString()).isEqualTo(400);
        assertThat(bodyless.text("code")).isEqualTo("request.header-required");
        assertThat(bodyless.text("field")).isEqualTo("X-Requested-With");
        assertThat(bodyless.contentType()).startsWith("application/problem+json");
        Api.Response text = bare.postText("/api/imports", "Anything at all.", "text/plain");
        assertThat(text.status()).as(text.toString()).isEqualTo(400);
        assertThat(text.text("code")).isEqualTo("request.header-required");
        assertThat(bare.send(HttpMethod.POST, "/api/admin/projections/inspections/rebuild", null, Map.of())
                        .text("code"))
                .isEqualTo("request.header-required");
        assertThat(api.as(LN)
                        .get("/api/commitments/" + id)
                        .json()
                        .path("status")
                        .asString())
                .as("nothing changed")
                .isEqualTo("ASSIGNED");

        assertThat(bare.post("/api/commitments/" + id + "/start", map()).status())
                .as("a JSON body is enough")
                .isEqualTo(200);
        assertThat(bare.send(
                                HttpMethod.POST,
                                "/api/commitments/" + id + "/progress-notes",
                                "{\"note\":\"Under way.\"}",
                                Map.of("X-Requested-With", "fetch"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void closureWithdrawalAndDueDateRevisionRequireIfMatch() {
        String id = newCommitment();
        String etag = api.as(LN).get("/api/commitments/" + id).headers().getETag();

        for (Map.Entry<String, Map<String, Object>> act : Map.<String, Map<String, Object>>of(
                        "closure", map("rationale", "Done."),
                        "withdrawal", map("reason", "Superseded."),
                        "due-date", map("dueDate", "2023-09-30", "reason", "Staff shortages."))
                .entrySet()) {
            Api.Response refused = api.as(LN).post("/api/commitments/" + id + "/" + act.getKey(), act.getValue());
            assertThat(refused.status()).as(act.getKey() + " " + refused).isEqualTo(428);
            assertThat(refused.text("code")).isEqualTo("version.required");
            assertThat(refused.text("field")).isEqualTo("If-Match");
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.as(LN).get("/api/commitments/" + id).headers().getETag())
                .as("nothing was recorded")
                .isEqualTo(etag);

        Api.Response withdrawn = api.as(LN)
                .post(
                        "/api/commitments/" + id + "/withdrawal",
                        map("reason", "Superseded.", "on", "2022-06-01"),
                        Map.of("If-Match", etag));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aCreateRetriedWithTheSameIdempotencyKeyAnswersTheSameCommitment() {
        String key = UUID.randomUUID().toString();
        Map<String, String> keyed = Map.of("Idempotency-Key", key);

        Api.Response first = api.as(LN).post("/api/commitments", commitment("LONDON_NORTH"), keyed);
        Api.Response again = api.as(LN).post("/api/commitments", commitment("LONDON_NORTH"), keyed);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(api.as(LN)
                        .get("/api/commitments/" + first.text("id") + "/history")
                        .json()
                        .size())
                .as("one event, not two")
                .isEqualTo(1);

        Api.Response other = api.as(LN)
                .post("/api/commitments", with(commitment("LONDON_NORTH"), "text", "Something else entirely."), keyed);
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.text("code")).isEqualTo("idempotency.key-reused");

        Api.Response withoutKey = api.as(LN).post("/api/commitments", commitment("LONDON_NORTH"));
        assertThat(withoutKey.text("id"))
                .as("without a key every create is new")
                .isNotEqualTo(first.text("id"));
        Api.Response leadSameKey = api.as("lead.national").post("/api/commitments", commitment("LONDON_NORTH"), keyed);
        assertThat(leadSameKey.status()).isEqualTo(201);
        assertThat(leadSameKey.text("id")).as("keys are per user").isNotEqualTo(first.text("id"));
    }

    @Test
    void anInspectionCreateRetriedWithTheSameIdempotencyKeyAnswersTheSameInspection() {
        Map<String, String> keyed = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Api.Response first = api.as(LN).post("/api/inspections", inspection("LONDON_NORTH"), keyed);
        Api.Response again = api.as(LN).post("/api/inspections", inspection("LONDON_NORTH"), keyed);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        Api.Response other = api.as(LN)
                .post("/api/inspections", with(inspection("LONDON_NORTH"), "title", "Another inspection"), keyed);
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.text("code")).isEqualTo("idempotency.key-reused");
    }

    @Test
    void verifyingAnUnknownCommitmentSaysThereIsNone() {
        Api.Response unknown = api.as("auditor").get("/api/audit/verify?commitment=" + UUID.randomUUID());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("commitment.not-found");

        Api.Response known = api.as("auditor").get("/api/audit/verify?commitment=" + newCommitment());
        assertThat(known.status()).as(known.toString()).isEqualTo(200);
        assertThat(known.json().path("verified").asBoolean()).isTrue();
    }

    @Test
    void healthDetailsAreForTheNationalLeadOnly() {
        for (String user : new String[] {null, "auditor", LN}) {
            Api.Response health = api.as(user).get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("status").asString()).isEqualTo("UP");
            assertThat(health.json().has("components"))
                    .as(user + " sees no details")
                    .isFalse();
        }
        assertThat(api.as("lead.national")
                        .get("/actuator/health")
                        .json()
                        .path("components")
                        .path("db")
                        .path("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(api.as("auditor").get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(api.as("lead.national")
                        .get("/actuator/metrics/jvm.memory.used")
                        .status())
                .isEqualTo(200);
    }
}
