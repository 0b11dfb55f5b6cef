package dev.commitmenttracker.importing;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13's "done when", through one channel (the API or the command line, see the subclasses): a national thematic
 * response, a follow-up response and an Area response are each imported and committed, and found in the national and
 * unit reports, the findings report of their inspection and the commitment list filtered by inspection; the follow-up
 * is linked to the earlier inspection recorded first, whose commitments then show its grades as follow-up judgements.
 */
abstract class ImportEndToEnd {

    static final String LEAD = "lead.national";
    static final String THEMATIC = "national-thematic-2024-rasso.txt";
    static final String FOLLOW_UP = "follow-up-2025-custody-time-limits.txt";
    static final String AREA = "mersey-cheshire-2024-aip.txt";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUpApi() {
        api = new Api(port);
    }

    /** Imports the fixture as the user and commits the draft as read: the commit's answer. */
    abstract JsonNode importAndCommit(String fixture, String user) throws Exception;

    @Test
    void aNationalThematicAFollowUpAndAnAreaResponseAreCommittedAndFoundInTheReports() throws Exception {
        // given the 2022 national inspection of custody time limits, recorded with commitments answering two of its
        // five recommendations
        String earlier = recordEarlierInspection("Custody time limits: an inspection of their handling in the CPS", 5);
        String answersTwo = answering(earlier, 2, "Legal managers will check expiry dates on new custody cases.");
        String answersFour = answering(earlier, 4, "Areas will escalate extension applications at risk.");
        ProjectionsCaughtUp.await(api);
        long nationalBefore = total("/api/reports/areas/NATIONAL");
        long areaBefore = total("/api/reports/areas/MERSEY_CHESHIRE");

        // when each response is imported and committed as read
        JsonNode thematic = importAndCommit(THEMATIC, LEAD);
        JsonNode followUp = importAndCommit(FOLLOW_UP, LEAD);
        JsonNode area = importAndCommit(AREA, LEAD);

        // then the follow-up was linked to the earlier inspection by the title and date it names, with its five grades
        assertThat(followUp.path("followsUp").asString()).isEqualTo(earlier);
        assertThat(followUp.path("grades").asInt()).isEqualTo(5);
        assertThat(thematic.path("followsUp").isNull()).isTrue();
        assertThat(thematic.path("grades").asInt()).isZero();
        String followUpId = followUp.path("inspectionId").asString();
        assertThat(api.as("auditor")
                        .get("/api/inspections/" + followUpId)
                        .json()
                        .path("followsUp")
                        .asString())
                .isEqualTo(earlier);
        assertThat(api.as("auditor")
                        .get("/api/imports/" + followUp.path("importId").asString())
                        .json()
                        .path("draft")
                        .path("follows_up")
                        .path("inspection_id")
                        .asString())
                .isEqualTo(earlier);

        // and every sentence read is a commitment: 12 (and none for the College of Policing's recommendation), 8, 11
        List<String> thematicIds = ids(thematic.path("commitmentIds"));
        List<String> followUpIds = ids(followUp.path("commitmentIds"));
        List<String> areaIds = ids(area.path("commitmentIds"));
        assertThat(thematicIds).hasSize(12);
        assertThat(followUpIds).hasSize(8);
        assertThat(areaIds).hasSize(11);

        ProjectionsCaughtUp.await(api);
        // found in the national report and the Area's
        assertThat(total("/api/reports/areas/NATIONAL")).isEqualTo(nationalBefore + 12 + 8);
        assertThat(total("/api/reports/areas/MERSEY_CHESHIRE")).isEqualTo(areaBefore + 11);
        assertThat(api.as("analyst")
                        .get("/api/reports/areas/MERSEY_CHESHIRE")
                        .json()
                        .path("area")
                        .asString())
                .isEqualTo("MERSEY_CHESHIRE");

        // in the commitment list filtered by inspection
        assertListed(thematic, thematicIds);
        assertListed(followUp, followUpIds);
        assertListed(area, areaIds);

        // in the findings report of each inspection: every finding, with the commitments answering it
        JsonNode thematicFindings = findings(thematic.path("inspectionId").asString());
        assertThat(thematicFindings).hasSize(5);
        assertThat(thematicFindings.get(3).path("forCps").asBoolean()).isFalse();
        assertThat(thematicFindings.get(3).path("commitments")).isEmpty();
        assertThat(commitmentIds(thematicFindings)).isNotEmpty().isSubsetOf(thematicIds);
        JsonNode areaFindings = findings(area.path("inspectionId").asString());
        assertThat(areaFindings).hasSize(3);
        assertThat(areaFindings.get(0).path("kind").asString()).isEqualTo("ISSUE_TO_ADDRESS");
        assertThat(commitmentIds(areaFindings)).isNotEmpty().isSubsetOf(areaIds);
        assertThat(commitmentIds(findings(followUpId))).isNotEmpty().isSubsetOf(followUpIds);

        // and the earlier inspection's commitments carry the follow-up's grades as judgements
        assertJudged(answersTwo, "PARTIALLY_ACHIEVED", followUpId);
        assertJudged(answersFour, "NOT_ACHIEVED", followUpId);
        JsonNode earlierFindings = findings(earlier);
        assertThat(earlierFindings
                        .valueStream()
                        .map(f -> f.path("latestGrade").path("grade").asString())
                        .toList())
                .containsExactly("ACHIEVED", "PARTIALLY_ACHIEVED", "ACHIEVED", "NOT_ACHIEVED", "NO_LONGER_APPLICABLE");
        assertThat(earlierFindings
                        .get(1)
                        .path("latestGrade")
                        .path("followUpInspectionId")
                        .asString())
                .isEqualTo(followUpId);
        assertThat(earlierFindings.get(1).path("latestGrade").path("judgedOn").asString())
                .isEqualTo("2025-04-03");
        assertThat(ids(earlierFindings.get(1).path("commitments"), "id")).containsExactly(answersTwo);
    }

    /** A national thematic inspection published 2022-05-12 with this many recommendations. */
    String recordEarlierInspection(String title, int recommendations) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (int n = 1; n <= recommendations; n++) {
            findings.add(map(
                    "number",
                    n,
                    "kind",
                    "RECOMMENDATION",
                    "text",
                    "Recommendation " + n + " on custody time limits.",
                    "theme",
                    "organisation"));
        }
        Api.Response recorded = api.as(LEAD)
                .post(
                        "/api/inspections",
                        map(
                                "area", "NATIONAL",
                                "kind", "THEMATIC",
                                "title", title,
                                "publishedOn", "2022-05-12",
                                "issues", findings));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.text("id");
    }

    private String answering(String inspection, int recommendation, String text) {
        Api.Response recorded = api.as(LEAD)
                .post(
                        "/api/commitments",
                        with(
                                commitment("NATIONAL"),
                                "inspectionId",
                                inspection,
                                "issueNumber",
                                recommendation,
                                "findingKind",
                                "RECOMMENDATION",
                                "committedOn",
                                "2022-06-01",
                                "theme",
                                "organisation",
                                "text",
                                text));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.text("id");
    }

    private long total(String report) {
        Api.Response answer = api.as("analyst").get(report);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("total").asLong();
    }

    private void assertListed(JsonNode committed, List<String> ids) {
        JsonNode list = api.as("analyst")
                .get("/api/commitments?size=100&inspectionId="
                        + committed.path("inspectionId").asString())
                .json();
        assertThat(list.path("total").asLong()).isEqualTo(ids.size());
        assertThat(ids(list.path("items"), "id")).containsExactlyInAnyOrderElementsOf(ids);
    }

    private JsonNode findings(String inspectionId) {
        Api.Response report = api.as("analyst").get("/api/reports/inspections/" + inspectionId + "/findings");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json().path("findings");
    }

    private void assertJudged(String commitment, String grade, String followUp) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode judgements = api.as("auditor")
                    .get("/api/commitments/" + commitment)
                    .json()
                    .path("followUpJudgements");
            assertThat(judgements).as(judgements.toString()).hasSize(1);
            assertThat(judgements.get(0).path("grade").asString()).isEqualTo(grade);
            assertThat(judgements.get(0).path("followUpInspectionId").asString())
                    .isEqualTo(followUp);
            assertThat(judgements.get(0).path("judgedOn").asString()).isEqualTo("2025-04-03");
        });
    }

    private static List<String> commitmentIds(JsonNode findings) {
        List<String> ids = new ArrayList<>();
        findings.forEach(finding -> ids.addAll(ids(finding.path("commitments"), "id")));
        return ids;
    }

    static List<String> ids(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    static List<String> ids(JsonNode array, String field) {
        return array.valueStream().map(node -> node.path(field).asString()).toList();
    }

    static String fixture(String name) throws IOException {
        return new String(
                new ClassPathResource("importing/" + name).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
