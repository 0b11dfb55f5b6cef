package dev.commitmenttracker.reporting;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.MutableClock;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An Area's report as of a past instant (transaction time) or business date (valid time), rebuilt from events by the
 * commitments' own fold; "closed by the Area" beside "verified by the inspectorate"; what changed between two dates.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=area-report-as-of")
@DirtiesContext
class AreaReportAsOfIT {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void theReportAsOfAnyTimeFollowsTheSameRulesAsTheLiveOne() {
        LocalDate today = LocalDate.now(MutableClock.LONDON);
        clock.setToday(today);
        Api api = new Api(port);
        Api.As manager = api.as("manager.london-north");

        String closed = manager.post(
                        "/api/commitments",
                        with(
                                commitment("LONDON_NORTH"),
                                "committedOn",
                                "2022-01-10",
                                "dueDate",
                                "2022-12-31",
                                "theme",
                                "victim-communication"))
                .text("id");
        manager.post(act(closed, "assignment"), map("ownerRole", "ABM", "on", "2022-01-20"));
        manager.post(act(closed, "start"), map("on", "2022-02-01"));
        manager.post(
                act(closed, "evidence"),
                map(
                        "method",
                        "IQA",
                        "effectiveOn",
                        "2022-06-30",
                        "sampleSize",
                        10,
                        "compliantCount",
                        9,
                        "summary",
                        "IQA round."));
        manager.postAtCurrentVersion(act(closed, "closure"), map("rationale", "Delivered.", "on", "2022-07-15"));

        String overdue = manager.post(
                        "/api/commitments",
                        with(
                                commitment("LONDON_NORTH"),
                                "committedOn",
                                "2022-01-10",
                                "dueDate",
                                today.minusDays(10).toString()))
                .text("id");
        manager.post(act(overdue, "assignment"), map("ownerRole", "LEGAL_MANAGER", "on", "2022-03-01"));
        String recordedBeforeRevision = Instant.now().toString();
        manager.postAtCurrentVersion(
                act(overdue, "due-date"),
                map(
                        "dueDate",
                        today.plusDays(10).toString(),
                        "reason",
                        "Vacancies.",
                        "on",
                        today.minusDays(12).toString()));

        String joint = api.as("manager.north-west")
                .post(
                        "/api/commitments",
                        with(
                                commitment("NORTH_WEST"),
                                "committedOn",
                                "2022-01-10",
                                "jointWith",
                                List.of("LONDON_NORTH"),
                                "dueDate",
                                "2027-12-31"))
                .text("id");

        Api.Response judged = api.as("inspector")
                .post(act(closed, "follow-up-judgement"), map("grade", "GOOD_PROGRESS", "judgedOn", "2023-02-01"));
        assertThat(judged.status()).isEqualTo(200);
        ProjectionsCaughtUp.await(api);

        Api.As auditor = api.as("auditor");
        JsonNode live = auditor.get("/api/reports/areas/LONDON_NORTH").json();
        assertThat(live.path("total").asLong()).isEqualTo(3);
        assertThat(live.path("closed").asLong()).isEqualTo(1);
        assertThat(live.path("closedJudged").asLong()).isEqualTo(1);
        assertThat(live.path("closedJudgedByGrade").path("GOOD_PROGRESS").asLong())
                .isEqualTo(1);
        assertThat(live.path("dueNext30Days").asLong()).isEqualTo(1);
        assertThat(live.path("overdue").asLong()).isZero();

        JsonNode asOfNow = auditor.get("/api/reports/areas/LONDON_NORTH?asOf=" + Instant.now())
                .json();
        assertThat(asOfNow).as("asOf=now equals the live projection").isEqualTo(live);

        JsonNode beforeRevision = auditor.get("/api/reports/areas/LONDON_NORTH?asOf=" + recordedBeforeRevision)
                .json();
        assertThat(beforeRevision.path("total").asLong()).isEqualTo(2);
        assertThat(beforeRevision.path("overdue").asLong())
                .as("the due date had not moved yet")
                .isEqualTo(1);
        assertThat(beforeRevision.path("closedJudged").asLong()).isZero();
        assertThat(beforeRevision.path("rag").asString()).isEqualTo("RED");

        JsonNode mid2022 = auditor.get("/api/reports/areas/LONDON_NORTH?validAt=2022-06-30")
                .json();
        assertThat(mid2022.path("total").asLong()).isEqualTo(3);
        assertThat(mid2022.path("byStatus").path("EVIDENCED").asLong())
                .as("evidence effective 2022-06-30")
                .isEqualTo(1);
        assertThat(mid2022.path("byStatus").path("ASSIGNED").asLong()).isEqualTo(1);
        assertThat(mid2022.path("byStatus").path("COMMITTED").asLong()).isEqualTo(1);
        assertThat(mid2022.path("closed").asLong()).isZero();
        assertThat(mid2022.path("byOwnerRole").has("ABM")).isTrue();

        assertThat(api.as("manager.north-west")
                        .get("/api/reports/areas/LONDON_NORTH?validAt=2022-06-30")
                        .status())
                .isEqualTo(403);
        assertThat(auditor.get("/api/reports/areas/LONDON_NORTH?validAt=June").text("field"))
                .isEqualTo("validAt");

        JsonNode changes = auditor.get("/api/reports/areas/LONDON_NORTH/changes?from=2022-06-01&to=2023-12-31")
                .json();
        assertThat(changes)
                .extracting(change -> change.path("change").asString())
                .containsExactly("EvidenceRecorded", "CommitmentClosed", "FollowUpJudged");
        assertThat(changes.get(2).path("actor").asString()).isEqualTo("inspector");
        assertThat(changes.get(0).path("detail").asString()).contains("9 of 10").contains("90.0%");
        JsonNode january = auditor.get("/api/reports/areas/LONDON_NORTH/changes?from=2022-01-10&to=2022-01-10")
                .json();
        assertThat(january)
                .extracting(change -> change.path("commitmentId").asString())
                .containsExactlyInAnyOrder(closed, overdue, joint);
        assertThat(auditor.get("/api/reports/areas/LONDON_NORTH/changes?from=2022-06-01&to=2023-12-31", "text/csv")
                        .body())
                .startsWith("businessDate,commitmentId,commitmentText,change,detail,actor,recordedAt");
        assertThat(auditor.get("/api/reports/areas/LONDON_NORTH/changes?from=2023-01-01&to=2022-01-01")
                        .text("field"))
                .isEqualTo("to");
        assertThat(api.as("manager.north-west")
                        .get("/api/reports/areas/LONDON_NORTH/changes?from=2022-01-01&to=2023-01-01")
                        .status())
                .isEqualTo(403);
    }

    private static String act(String id, String act) {
        return "/api/commitments/" + id + "/" + act;
    }
}
