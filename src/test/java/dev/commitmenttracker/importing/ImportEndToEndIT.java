package dev.commitmenttracker.importing;

import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three families through the API ({@code POST /api/imports}, then {@code POST /api/imports/{id}/commit}), and the
 * reviewer's control of a follow-up's link: {@code PUT /api/imports/{id}/draft} sets {@code follows_up.inspection_id},
 * validated as the inspection's command would be, with the draft's field paths.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=import-end-to-end-api")
@DirtiesContext
class ImportEndToEndIT extends ImportEndToEnd {

    @Override
    JsonNode importAndCommit(String fixture, String user) throws Exception {
        Api.Response imported = api.as(user).postText("/api/imports", fixture(fixture), "text/plain");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        Api.Response committed = api.as(user).post("/api/imports/" + imported.text("id") + "/commit", null);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(200);
        return committed.json();
    }

    @Test
    void aReviewerSetsTheEarlierInspectionOfAFollowUpAndEachWrongOneIsRefusedWithItsField() throws Exception {
        // given a follow-up imported (its text made distinct from the other test's, so that its ids are its own)
        Api.As lead = api.as(LEAD);
        Api.Response imported = lead.postText("/api/imports", fixture(FOLLOW_UP) + "\n\n", "text/plain");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.text("id");
        ObjectNode draft = (ObjectNode) imported.json().path("draft");
        assertThat(draft.path("follows_up").path("title").asString())
                .isEqualTo("2022 inspection of custody time limit handling in the CPS");

        // an id that names no inspection, an inspection of another unit, one published after the follow-up, one
        // without the findings graded, and a link on a draft that is not a follow-up are each refused
        assertRefused(id, linked(draft, "0e6f3c1a-9d1b-4a8e-8f3e-6c2a9b7d5e41"), "validation.unknown-inspection");
        String northWest = api.as("manager.north-west")
                .post("/api/inspections", inspection("NORTH_WEST"))
                .text("id");
        assertRefused(id, linked(draft, northWest), "validation.other-unit");
        String later = api.as(LEAD)
                .post("/api/inspections", with(inspection("NATIONAL"), "kind", "THEMATIC", "publishedOn", "2025-06-01"))
                .text("id");
        assertRefused(id, linked(draft, later), "validation.not-earlier");
        String twoOnly = recordEarlierInspection("An inspection of something else entirely", 2);
        Api.Response unknownFinding = review(id, linked(draft, twoOnly));
        assertThat(unknownFinding.status()).as(unknownFinding.toString()).isEqualTo(400);
        assertThat(unknownFinding.text("code")).isEqualTo("validation.unknown-finding");
        assertThat(unknownFinding.text("field")).isEqualTo("issues[2].grade");
        ObjectNode thematic = linked(draft, twoOnly);
        thematic.put("kind", "thematic");
        assertRefused(id, thematic, "validation.not-follow-up");

        // when the reviewer links it to the two-finding inspection and removes the grades it cannot take
        ObjectNode reviewed = linked(draft, twoOnly);
        for (int i = 2; i < 5; i++) {
            ((ObjectNode) reviewed.path("issues").get(i)).putNull("grade");
        }
        Api.Response saved = review(id, reviewed);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json()
                        .path("draft")
                        .path("follows_up")
                        .path("inspection_id")
                        .asString())
                .isEqualTo(twoOnly);

        // then the commit links the follow-up to it and sends the two grades left
        Api.Response committed = lead.post("/api/imports/" + id + "/commit", null);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(200);
        assertThat(committed.text("followsUp")).isEqualTo(twoOnly);
        assertThat(committed.json().path("grades").asInt()).isEqualTo(2);
        JsonNode recorded = api.as("auditor")
                .get("/api/inspections/" + committed.text("inspectionId"))
                .json();
        assertThat(recorded.path("followsUp").asString()).isEqualTo(twoOnly);
        assertThat(recorded.path("grades")
                        .valueStream()
                        .map(g -> g.path("grade").asString()))
                .containsExactly("ACHIEVED", "PARTIALLY_ACHIEVED");
    }

    private static ObjectNode linked(ObjectNode draft, String inspectionId) {
        ObjectNode copy = draft.deepCopy();
        ((ObjectNode) copy.path("follows_up")).put("inspection_id", inspectionId);
        return copy;
    }

    private Api.Response review(String importId, ObjectNode draft) {
        return api.as(LEAD).send(HttpMethod.PUT, "/api/imports/" + importId + "/draft", draft, Map.of());
    }

    private void assertRefused(String importId, ObjectNode draft, String code) {
        Api.Response refused = review(importId, draft);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo(code);
        assertThat(refused.text("field")).isEqualTo("follows_up.inspection_id");
    }
}
