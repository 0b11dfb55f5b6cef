package dev.commitmenttracker.inspection;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A thematic inspection with recommendations (one for the police), commitments answering them, then a follow-up
 * inspection grading them: each commitment answering a graded finding is judged once, replay or not, and the findings
 * report shows per finding what was committed and what the follow-up found.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=follow-up-inspection")
@DirtiesContext
class FollowUpInspectionIT {

    @LocalServerPort
    int port;

    static Map<String, Object> finding(int number, String kind, String text, Object... more) {
        return with(map("number", number, "kind", kind, "text", text, "theme", "victim-communication"), more);
    }

    @Test
    void aFollowUpGradesTheFindingsOnceAndTheReportShowsThemPerFinding() {
        Api api = new Api(port);
        Api.As manager = api.as("manager.north-west");
        Api.As inspector = api.as("inspector");

        Api.Response thematic = manager.post(
                "/api/inspections",
                map(
                        "area", "NORTH_WEST",
                        "kind", "THEMATIC",
                        "title", "Letters to victims: a thematic look",
                        "publishedOn", "2022-03-01",
                        "issues",
                                List.of(
                                        finding(1, "RECOMMENDATION", "Explain decisions to victims in plain words."),
                                        finding(
                                                2,
                                                "RECOMMENDATION",
                                                "Tell the prosecutor at once when a victim asks for a review.",
                                                "forCps",
                                                false,
                                                "addressedTo",
                                                "Police forces"),
                                        map(
                                                "number", 1,
                                                "text", "Letters are sent late.",
                                                "theme", "victim-communication"))));
        assertThat(thematic.status()).as(thematic.toString()).isEqualTo(201);
        String earlier = thematic.text("id");

        String answersRecommendation = manager.post(
                        "/api/commitments",
                        answering(earlier, "RECOMMENDATION", 1, "2022-04-01", "Train letter writers."))
                .text("id");
        String answersIssue = manager.post(
                        "/api/commitments",
                        answering(earlier, null, 1, "2022-04-01", "Check letter timeliness weekly."))
                .text("id");
        String withdrawn = manager.post(
                        "/api/commitments",
                        answering(earlier, "RECOMMENDATION", 1, "2022-04-02", "Write a letter template."))
                .text("id");
        Api.Response withdrawal = manager.postAtCurrentVersion(
                "/api/commitments/" + withdrawn + "/withdrawal",
                map("reason", "Folded into training.", "on", "2022-05-01"));
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(200);

        Api.Response forPolice = manager.post(
                "/api/commitments",
                answering(earlier, "RECOMMENDATION", 2, "2022-04-01", "Ask the police to tell us."));
        assertThat(forPolice.status()).as(forPolice.toString()).isEqualTo(400);
        assertThat(forPolice.text("code")).isEqualTo("validation.finding-not-for-cps");
        assertThat(forPolice.text("field")).isEqualTo("issueNumber");

        List<Map<String, Object>> grades = List.of(
                map("findingKind", "RECOMMENDATION", "number", 1, "grade", "PARTIALLY_ACHIEVED", "note", "Half done."),
                map("findingKind", "RECOMMENDATION", "number", 2, "grade", "NOT_ACHIEVED"),
                map("number", 1, "grade", "GOOD_PROGRESS"));
        Map<String, Object> followUp = map(
                "area", "NORTH_WEST",
                "kind", "FOLLOW_UP",
                "title", "Letters to victims: follow-up",
                "publishedOn", "2023-06-01",
                "followsUp", earlier,
                "grades", grades);

        Api.Response otherUnit = inspector.post("/api/inspections", with(followUp, "area", "WESSEX"));
        assertThat(otherUnit.status()).as(otherUnit.toString()).isEqualTo(400);
        assertThat(otherUnit.text("field")).isEqualTo("followsUp");
        Api.Response notLater = inspector.post("/api/inspections", with(followUp, "publishedOn", "2022-03-01"));
        assertThat(notLater.status()).as(notLater.toString()).isEqualTo(400);
        assertThat(notLater.text("code")).isEqualTo("validation.not-earlier");
        Api.Response unknown =
                inspector.post("/api/inspections", with(followUp, "followsUp", "0e6f3c1a-9d1b-4a8e-8f3e-6c2a9b7d5e41"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.text("code")).isEqualTo("validation.unknown-inspection");
        Api.Response notAFollowUp = inspector.post("/api/inspections", with(followUp, "kind", "THEMATIC"));
        assertThat(notAFollowUp.status()).as(notAFollowUp.toString()).isEqualTo(403);

        Api.Response recorded = inspector.post("/api/inspections", followUp);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String later = recorded.text("id");

        // recorded after the follow-up: one made before its publication is judged, one made after it is not
        String madeBefore = manager.post(
                        "/api/commitments",
                        answering(earlier, "RECOMMENDATION", 1, "2023-05-01", "Audit letters each quarter."))
                .text("id");
        String madeAfter = manager.post(
                        "/api/commitments",
                        answering(earlier, "RECOMMENDATION", 1, "2023-07-01", "Survey victims on letters."))
                .text("id");

        ProjectionsCaughtUp.await(api);
        assertJudgedOnce(manager, answersRecommendation, "PARTIALLY_ACHIEVED", later);
        assertJudgedOnce(manager, withdrawn, "PARTIALLY_ACHIEVED", later);
        assertJudgedOnce(manager, madeBefore, "PARTIALLY_ACHIEVED", later);
        assertJudgedOnce(manager, answersIssue, "GOOD_PROGRESS", later);
        assertThat(manager.get("/api/commitments/" + madeAfter).json().path("followUpJudgements"))
                .isEmpty();

        // the processor replays every event: nothing is judged twice
        Api.Response rebuild =
                api.as("lead.national").post("/api/admin/projections/follow-up-judgements/rebuild", map());
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        ProjectionsCaughtUp.await(api);
        assertJudgedOnce(manager, answersRecommendation, "PARTIALLY_ACHIEVED", later);
        assertJudgedOnce(manager, withdrawn, "PARTIALLY_ACHIEVED", later);
        assertJudgedOnce(manager, answersIssue, "GOOD_PROGRESS", later);
        assertThat(manager.get("/api/commitments/" + madeAfter).json().path("followUpJudgements"))
                .isEmpty();

        JsonNode detail = manager.get("/api/inspections/" + earlier).json();
        assertThat(detail.path("followedUpBy").get(0).asText()).isEqualTo(later);
        assertThat(manager.get("/api/inspections/" + later)
                        .json()
                        .path("followsUp")
                        .asText())
                .isEqualTo(earlier);
        JsonNode listed = null;
        for (JsonNode summary : manager.get("/api/inspections?area=NORTH_WEST").json()) {
            if (summary.path("id").asText().equals(earlier)) {
                listed = summary;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("followedUpBy").get(0).asText()).isEqualTo(later);

        Api.Response report = manager.get("/api/reports/inspections/" + earlier + "/findings");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode findings = report.json().path("findings");
        assertThat(findings).hasSize(3);
        JsonNode recommendation1 = findings.get(0);
        assertThat(recommendation1.path("kind").asText()).isEqualTo("RECOMMENDATION");
        assertThat(recommendation1.path("number").asInt()).isEqualTo(1);
        assertThat(recommendation1.path("forCps").asBoolean()).isTrue();
        assertThat(ids(recommendation1.path("commitments")))
                .containsExactlyInAnyOrder(answersRecommendation, withdrawn, madeBefore, madeAfter);
        assertThat(recommendation1.path("latestGrade").path("grade").asText()).isEqualTo("PARTIALLY_ACHIEVED");
        assertThat(recommendation1
                        .path("latestGrade")
                        .path("followUpInspectionId")
                        .asText())
                .isEqualTo(later);
        assertThat(recommendation1.path("latestGrade").path("judgedOn").asText())
                .isEqualTo("2023-06-01");
        JsonNode forThePolice = findings.get(1);
        assertThat(forThePolice.path("forCps").asBoolean()).isFalse();
        assertThat(forThePolice.path("addressedTo").asText()).isEqualTo("Police forces");
        assertThat(forThePolice.path("commitments")).isEmpty();
        assertThat(forThePolice.path("latestGrade").path("grade").asText()).isEqualTo("NOT_ACHIEVED");
        JsonNode issue = findings.get(2);
        assertThat(issue.path("kind").asText()).isEqualTo("ISSUE_TO_ADDRESS");
        assertThat(ids(issue.path("commitments"))).containsExactly(answersIssue);
        assertThat(issue.path("latestGrade").path("grade").asText()).isEqualTo("GOOD_PROGRESS");

        Api.Response csv = manager.get("/api/reports/inspections/" + earlier + "/findings", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("kind,number,text,theme,forCps,addressedTo,commitmentId,commitmentText,commitmentStatus,"
                        + "ownerRole,dueDate,latestGrade,gradedBy,judgedOn");
        assertThat(lines).hasSize(1 + 4 + 1 + 1);
        assertThat(lines)
                .contains("RECOMMENDATION,2,Tell the prosecutor at once when a victim asks for a review.,"
                        + "victim-communication,false,Police forces,,,,,,NOT_ACHIEVED," + later + ",2023-06-01");
    }

    @Test
    void aFindingsReportOfAnotherAreasInspectionIsRefused() {
        Api api = new Api(port);
        String id = api.as("manager.north-west")
                .post(
                        "/api/inspections",
                        map(
                                "area", "NORTH_WEST",
                                "kind", "THEMATIC",
                                "title", "A thematic look",
                                "publishedOn", "2022-03-01",
                                "issues", List.of(finding(1, "RECOMMENDATION", "Do better."))))
                .text("id");
        assertThat(api.as("manager.london-north")
                        .get("/api/reports/inspections/" + id + "/findings")
                        .status())
                .isEqualTo(403);
        assertThat(api.as("manager.london-north")
                        .get("/api/reports/inspections/0e6f3c1a-9d1b-4a8e-8f3e-6c2a9b7d5e41/findings")
                        .status())
                .isEqualTo(404);
    }

    private static Map<String, Object> answering(
            String inspection, String kind, int number, String committedOn, String text) {
        return with(
                commitment("NORTH_WEST"),
                "inspectionId",
                inspection,
                "issueNumber",
                number,
                "findingKind",
                kind,
                "committedOn",
                committedOn,
                "dueDate",
                "2024-03-31",
                "theme",
                "victim-communication",
                "text",
                text);
    }

    private static void assertJudgedOnce(Api.As reader, String commitment, String grade, String followUp) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode judgements =
                    reader.get("/api/commitments/" + commitment).json().path("followUpJudgements");
            assertThat(judgements).as(judgements.toString()).hasSize(1);
            assertThat(judgements.get(0).path("grade").asText()).isEqualTo(grade);
            assertThat(judgements.get(0).path("followUpInspectionId").asText()).isEqualTo(followUp);
            assertThat(judgements.get(0).path("judgedOn").asText()).isEqualTo("2023-06-01");
        });
    }

    private static List<String> ids(JsonNode commitments) {
        List<String> ids = new ArrayList<>();
        commitments.forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }
}
