package dev.commitmenttracker.audit;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What an auditor reads: the full history, a commitment as of a past instant or business date, follow-up judgements. */
@PostgresIntegrationTest
class AuditorViewIT {

    @LocalServerPort
    int port;

    Api api;
    Api.As manager;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        manager = api.as("manager.north-west");
    }

    @Test
    void theHistoryListsEveryEventWithActorDatesAndHash() {
        String id = manager.post(
                        "/api/commitments",
                        with(commitment("NORTH_WEST"), "committedOn", "2018-02-27", "dueDate", "2018-12-31"))
                .text("id");
        api.as("lead.national").post(act(id, "assignment"), map("ownerRole", "ABM", "on", "2018-03-01"));
        manager.post(act(id, "start"), map("on", "2018-03-05"));

        Api.Response history = api.as("auditor").get("/api/commitments/" + id + "/history");
        JsonNode events = history.json();
        assertThat(events).hasSize(3);
        assertThat(events.get(0).path("type").asString()).isEqualTo("CommitmentRecorded");
        assertThat(events.get(0).path("businessDate").asString()).isEqualTo("2018-02-27");
        assertThat(events.get(0).path("actor").asString()).isEqualTo("manager.north-west");
        assertThat(events.get(1).path("actor").asString()).isEqualTo("lead.national");
        assertThat(events.get(1).path("data").path("ownerRole").asString()).isEqualTo("ABM");
        assertThat(events.get(2).path("sequence").asLong()).isEqualTo(2);
        assertThat(events.get(2).path("correlationId").asString()).isNotBlank();
        assertThat(events.get(2).path("hash").asString()).hasSize(64);
        assertThat(events.get(2).path("recordedAt").asString()).startsWith("20");

        Api.Response csv = api.as("inspector").get("/api/commitments/" + id + "/history", "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().toList())
                .hasSize(4)
                .first()
                .isEqualTo("sequence,type,recordedAt,businessDate,actor,correlationId,data,hash");
        assertThat(csv.body()).contains("WorkStarted").contains("2018-03-05");
    }

    @Test
    void historyIsForAuditorsInspectorsLeadsAndTheAreasOwnManagers() {
        String id = manager.post("/api/commitments", commitment("NORTH_WEST")).text("id");
        assertThat(manager.get("/api/commitments/" + id + "/history").status()).isEqualTo(200);
        assertThat(api.as("lead.national")
                        .get("/api/commitments/" + id + "/history")
                        .status())
                .isEqualTo(200);
        assertThat(api.as("analyst").get("/api/commitments/" + id + "/history").status())
                .isEqualTo(403);
        assertThat(api.as("manager.london-north")
                        .get("/api/commitments/" + id + "/history")
                        .text("code"))
                .isEqualTo("auth.area-forbidden");
    }

    @Test
    void asOfAnInstantShowsWhatTheTrackerHadRecordedThen() {
        String id = manager.post("/api/commitments", commitment("NORTH_WEST")).text("id");
        manager.post(act(id, "assignment"), map("ownerRole", "DCCP", "on", "2022-05-12"));
        String recordedAt = api.as("auditor")
                .get("/api/commitments/" + id + "/history")
                .json()
                .get(1)
                .path("recordedAt")
                .asString();
        manager.post(act(id, "start"), map("on", "2022-06-01"));

        JsonNode then = api.as("auditor")
                .get("/api/commitments/" + id + "?asOf=" + recordedAt)
                .json();
        assertThat(then.path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(then.path("version").asLong()).isEqualTo(1);
        assertThat(api.as("auditor")
                        .get("/api/commitments/" + id)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("IN_PROGRESS");
        assertThat(api.as("auditor")
                        .get("/api/commitments/" + id + "?asOf=2001-01-01T00:00:00Z")
                        .text("code"))
                .isEqualTo("commitment.not-yet-recorded");
    }

    @Test
    void validAtADateReadsBackfilledHistoryByTheDatesItConcerns() {
        String id = manager.post(
                        "/api/commitments",
                        with(commitment("NORTH_WEST"), "committedOn", "2018-02-27", "dueDate", "2018-12-31"))
                .text("id");
        manager.post(act(id, "assignment"), map("ownerRole", "SDCP", "on", "2018-03-01"));
        manager.post(act(id, "start"), map("on", "2018-04-01"));
        // backfilled: effective in 2018, recorded today; acts are sent in the order of their business dates
        assertThat(manager.post(
                                act(id, "evidence"),
                                map(
                                        "method",
                                        "DIP_SAMPLE",
                                        "effectiveOn",
                                        "2018-09-30",
                                        "sampleSize",
                                        15,
                                        "compliantCount",
                                        12,
                                        "summary",
                                        "Backfilled autumn dip sample."))
                        .status())
                .isEqualTo(200);
        assertThat(manager.postAtCurrentVersion(
                                act(id, "due-date"),
                                map(
                                        "dueDate",
                                        "2019-06-30",
                                        "reason",
                                        "Recruitment delayed.",
                                        "on",
                                        "2018-11-20",
                                        "recordOfEarlierDecision",
                                        true))
                        .status())
                .isEqualTo(200);

        JsonNode summer = api.as("auditor")
                .get("/api/commitments/" + id + "?validAt=2018-06-30")
                .json();
        assertThat(summer.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(summer.path("dueDate").asString()).isEqualTo("2018-12-31");
        assertThat(summer.path("evidence")).isEmpty();

        JsonNode autumn = api.as("auditor")
                .get("/api/commitments/" + id + "?validAt=2018-10-15")
                .json();
        assertThat(autumn.path("status").asString()).isEqualTo("EVIDENCED");
        assertThat(autumn.path("evidence")).hasSize(1);
        assertThat(autumn.path("dueDate").asString()).isEqualTo("2018-12-31");

        assertThat(api.as("auditor")
                        .get("/api/commitments/" + id + "?validAt=2018-12-01")
                        .json()
                        .path("dueDate")
                        .asString())
                .isEqualTo("2019-06-30");
        assertThat(api.as("auditor")
                        .get("/api/commitments/" + id + "?validAt=2018-01-01")
                        .status())
                .isEqualTo(404);
        assertThat(api.as("auditor")
                        .get("/api/commitments/" + id + "?validAt=yesterday")
                        .text("field"))
                .isEqualTo("validAt");
    }

    @Test
    void theInspectorateJudgesFollowUpAsAFactOfItsOwn() {
        String id = manager.post("/api/commitments", commitment("NORTH_WEST")).text("id");
        Api.Response judged = api.as("inspector")
                .post(
                        act(id, "follow-up-judgement"),
                        map(
                                "grade",
                                "REASONABLE_PROGRESS",
                                "note",
                                "Sampling is in place; results are mixed.",
                                "judgedOn",
                                "2023-02-01"));
        assertThat(judged.status()).as(judged.toString()).isEqualTo(200);
        assertThat(judged.json().path("status").asString()).isEqualTo("COMMITTED");
        assertThat(judged.json().path("followUpJudgements").get(0).path("grade").asString())
                .isEqualTo("REASONABLE_PROGRESS");

        assertThat(manager.post(act(id, "follow-up-judgement"), map("grade", "GOOD_PROGRESS"))
                        .status())
                .isEqualTo(403);
        assertThat(api.as("inspector")
                        .post(act(id, "follow-up-judgement"), map("grade", "BRILLIANT"))
                        .text("field"))
                .isEqualTo("grade");
        assertThat(api.as("inspector")
                        .post(act(id, "follow-up-judgement"), map("grade", "GOOD_PROGRESS", "judgedOn", "2099-01-01"))
                        .text("code"))
                .isEqualTo("validation.in-future");
        assertThat(api.as("inspector")
                        .post(act(id, "assignment"), map("ownerRole", "ABM"))
                        .status())
                .isEqualTo(403);
    }

    private static String act(String id, String act) {
        return "/api/commitments/" + id + "/" + act;
    }
}
