package dev.commitmenttracker.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A national thematic response: imported through the API as a national draft with warnings, reviewed with
 * {@code PUT /api/imports/{id}/draft}, listed, committed under NATIONAL, and found among the national commitments.
 */
@PostgresIntegrationTest
class ImportNationalIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aNationalThematicResponseIsReviewedCommittedAndFoundUnderNational() throws IOException {
        // given a national thematic response naming no Area
        Api.Response imported = api.as("lead.national")
                .postText("/api/imports", fixture("national-thematic-2024-rasso.txt"), "text/plain");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode draft = imported.json().path("draft");
        String id = imported.text("id");
        assertThat(draft.path("unit_kind").asString()).isEqualTo("NATIONAL");
        assertThat(draft.path("kind").asString()).isEqualTo("thematic");
        assertThat(draft.path("warnings").get(0).path("code").asString()).isEqualTo("no-unit-named");
        assertThat(draft.path("default_due_date").path("date").asString()).isEqualTo("2025-09-18");
        assertThat(draft.path("issues").get(3).path("for_cps").asBoolean()).isFalse();

        // when a reviewer marks the first general commitment as context and moves the default due date
        ObjectNode reviewed = (ObjectNode) draft.deepCopy();
        ((ObjectNode) reviewed.path("general_commitments").get(0)).put("status", "context");
        ((ObjectNode) reviewed.path("default_due_date")).put("date", "2025-12-31");
        Api.Response put =
                api.as("lead.national").send(HttpMethod.PUT, "/api/imports/" + id + "/draft", reviewed, Map.of());
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json()
                        .path("draft")
                        .path("default_due_date")
                        .path("date")
                        .asString())
                .isEqualTo("2025-12-31");

        // then a bad review is refused with its field path, and an Area manager may not review a national draft
        ObjectNode bad = (ObjectNode) reviewed.deepCopy();
        ((ObjectNode) bad.path("issues").get(0).path("commitments").get(0)).put("due_date", "2019-01-01");
        Api.Response refused =
                api.as("lead.national").send(HttpMethod.PUT, "/api/imports/" + id + "/draft", bad, Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("validation.out-of-range");
        assertThat(refused.text("field")).isEqualTo("issues[0].commitments[0].due_date");
        ((ObjectNode) bad.path("issues").get(0).path("commitments").get(0)).put("status", "maybe");
        ((ObjectNode) bad.path("issues").get(0).path("commitments").get(0)).putNull("due_date");
        assertThat(api.as("lead.national")
                        .send(HttpMethod.PUT, "/api/imports/" + id + "/draft", bad, Map.of())
                        .text("field"))
                .isEqualTo("issues[0].commitments[0].status");
        assertThat(api.as("manager.london-north")
                        .send(HttpMethod.PUT, "/api/imports/" + id + "/draft", reviewed, Map.of())
                        .status())
                .isEqualTo(403);

        // and the import is listed for a national reader, not for another Area's manager
        JsonNode listed = api.as("analyst").get("/api/imports?size=100").json();
        assertThat(listed.path("items").valueStream().map(i -> i.path("id").asString()))
                .contains(id);
        JsonNode mine = listed.path("items")
                .valueStream()
                .filter(i -> i.path("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(mine.path("unit").asString()).isEqualTo("NATIONAL");
        assertThat(mine.path("status").asString()).isEqualTo("DRAFT");
        assertThat(mine.path("title").asString()).startsWith("CPS response to the HMCPSI thematic inspection");
        assertThat(api.as("manager.london-north")
                        .get("/api/imports?size=100")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("id").asString()))
                .doesNotContain(id);

        // when committed
        Api.Response committed = api.as("lead.national").post("/api/imports/" + id + "/commit", null);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(200);
        List<String> ids = committed
                .json()
                .path("commitmentIds")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        // 12 read, less the context sentence, none for the College of Policing's recommendation
        assertThat(ids).hasSize(11);
        String inspectionId = committed.text("inspectionId");

        // then the inspection and commitments are under NATIONAL, with due dates and the done claim on record
        JsonNode inspection =
                api.as("auditor").get("/api/inspections/" + inspectionId).json();
        assertThat(inspection.path("area").asString()).isEqualTo("NATIONAL");
        JsonNode template =
                api.as("auditor").get("/api/commitments/" + ids.get(0)).json();
        assertThat(template.path("area").asString()).isEqualTo("NATIONAL");
        assertThat(template.path("dueDate").asString()).as("its own date").isEqualTo("2024-12-31");
        JsonNode training =
                api.as("auditor").get("/api/commitments/" + ids.get(1)).json();
        assertThat(training.path("dueDate").asString())
                .as("the reviewed default")
                .isEqualTo("2025-12-31");
        JsonNode dashboard =
                api.as("auditor").get("/api/commitments/" + ids.get(4)).json();
        assertThat(dashboard.path("text").asString()).startsWith("The Operations Directorate has built");
        assertThat(dashboard.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.as("lead.national")
                        .send(HttpMethod.PUT, "/api/imports/" + id + "/draft", reviewed, Map.of())
                        .status())
                .as("a committed draft no longer changes")
                .isEqualTo(409);
    }

    @Test
    void realResponsesWithoutNumberedFindingsAreDraftsAndNonResponsesAreStillRefused() {
        Api.Response general = api.as("lead.national")
                .postText(
                        "/api/imports",
                        "CPS response to the HMCPSI inspection of casework in the Specialist Fraud Division\n\n"
                                + "We welcome the report. The Head of Division will publish an improvement plan by"
                                + " June 2024.\n",
                        "text/plain");
        assertThat(general.status()).as(general.toString()).isEqualTo(201);
        assertThat(general.json().path("draft").path("area").asString()).isEqualTo("Specialist Fraud Division");
        assertThat(general.json()
                        .path("draft")
                        .path("warnings")
                        .valueStream()
                        .map(w -> w.path("code").asString()))
                .contains("no-findings");
        Api.Response recipe =
                api.as("lead.national").postText("/api/imports", "Pancakes\n\nMix flour, eggs and milk.", "text/plain");
        assertThat(recipe.text("code")).isEqualTo("import.not-a-response");
    }

    private static String fixture(String name) throws IOException {
        return new String(
                new ClassPathResource("importing/" + name).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
