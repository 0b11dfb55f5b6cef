package dev.commitmenttracker.reporting.assurance;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.plannedMonthly;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.DatabaseCalls;
import dev.commitmenttracker.support.MutableClock;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Planned assurance through HTTP: a plan recorded with the commitment, evidence with a month missing and one backfilled,
 * and the missed check where it must show (the commitment, the missed-check report, the Area report live and as of a
 * past date); closure stops the checks; bad plans are refused with problem+json and record nothing.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=missed-checks")
@Import(DatabaseCalls.Counting.class)
@DirtiesContext
class MissedChecksIT {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    MissedChecks missedChecks;

    @AfterEach
    void resetClock() {
        clock.setToday(MutableClock.DEFAULT_TODAY);
    }

    @Test
    void aMonthWithoutADipSampleIsAMissedCheckEverywhereUntilTheCommitmentIsClosed() {
        clock.setToday(LocalDate.of(2026, 11, 22));
        Api api = new Api(port);
        Api.As manager = api.as("manager.north-west");
        String id = manager.post("/api/commitments", plannedMonthly("NORTH_WEST", "DIP_SAMPLE"))
                .text("id");
        manager.post(act(id, "assignment"), map("ownerRole", "LEGAL_MANAGER", "on", "2026-06-02"));
        manager.post(act(id, "start"), map("on", "2026-06-03"));
        for (String[] sample : new String[][] {
            {"2026-06-20", "2026-06-20"},
            {"2026-07-15", "2026-07-15"},
            {"2026-09-10", "2026-09-10"},
            // October's sample, recorded late in November: it counts for October
            {"2026-10-05", "2026-11-20"}
        }) {
            Api.Response recorded = manager.post(
                    act(id, "evidence"),
                    map(
                            "method",
                            "DIP_SAMPLE",
                            "effectiveOn",
                            sample[0],
                            "sampleSize",
                            10,
                            "compliantCount",
                            9,
                            "summary",
                            "Monthly disclosure dip sample.",
                            "on",
                            sample[1]));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        }
        ProjectionsCaughtUp.await(api);

        JsonNode view = manager.get("/api/commitments/" + id).json();
        assertThat(view.path("assurancePlan").path("method").asString()).isEqualTo("DIP_SAMPLE");
        assertThat(view.path("assurancePlan").path("cadence").asString()).isEqualTo("MONTHLY");
        assertThat(view.path("assurancePlan").path("startsOn").asString()).isEqualTo("2026-06-01");
        assertThat(manager.get("/api/commitments/" + id + "/history").body()).contains("AssurancePlanRecorded");

        JsonNode missed =
                manager.get("/api/commitments/" + id + "/missed-checks").json();
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).path("periodStart").asString()).isEqualTo("2026-08-01");
        assertThat(missed.get(0).path("periodEnd").asString()).isEqualTo("2026-08-31");
        assertThat(missed.get(0).path("method").asString()).isEqualTo("DIP_SAMPLE");
        assertThat(missed.get(0).path("cadence").asString()).isEqualTo("MONTHLY");

        JsonNode report = api.as("analyst")
                .get("/api/reports/missed-checks?area=NORTH_WEST")
                .json();
        assertThat(report.path("total").asLong()).isEqualTo(1);
        assertThat(report.path("byArea").path("NORTH_WEST").asLong()).isEqualTo(1);
        assertThat(report.path("byTheme").path("disclosure").asLong()).isEqualTo(1);
        assertThat(report.path("byOwnerRole").path("LEGAL_MANAGER").asLong()).isEqualTo(1);
        assertThat(report.path("checks").get(0).path("commitmentId").asString()).isEqualTo(id);
        assertThat(api.as("analyst")
                        .get("/api/reports/missed-checks?area=NORTH_WEST&owner=ABM")
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        String csv = api.as("analyst")
                .get("/api/reports/missed-checks?area=NORTH_WEST", "text/csv")
                .body();
        assertThat(csv.lines().toList())
                .containsExactly(
                        "commitmentId,area,theme,ownerRole,method,cadence,periodStart,periodEnd",
                        id + ",NORTH_WEST,disclosure,LEGAL_MANAGER,DIP_SAMPLE,MONTHLY,2026-08-01,2026-08-31");
        assertThat(api.as("manager.london-north")
                        .get("/api/reports/missed-checks")
                        .json()
                        .path("total")
                        .asLong())
                .as("another Area's manager sees none of them")
                .isZero();

        JsonNode area = api.as("analyst").get("/api/reports/areas/NORTH_WEST").json();
        assertThat(area.path("missedChecks").asLong()).isEqualTo(1);
        assertThat(area.path("byTheme").path("disclosure").path("missedChecks").asLong())
                .isEqualTo(1);
        assertThat(area.path("byOwnerRole")
                        .path("LEGAL_MANAGER")
                        .path("missedChecks")
                        .asLong())
                .isEqualTo(1);
        assertThat(areaRow(api, "NORTH_WEST").path("missedChecks").asLong()).isEqualTo(1);
        assertThat(api.as("analyst")
                        .get("/api/reports/areas/NORTH_WEST", "text/csv")
                        .body()
                        .lines()
                        .findFirst()
                        .orElseThrow())
                .contains("missedChecks");

        // as of a past business date: August counts as missed from 11 September, with the evidence known by then
        assertThat(missedChecksValidAt(api, "2026-09-10")).isZero();
        assertThat(missedChecksValidAt(api, "2026-09-15")).isEqualTo(1);
        assertThat(missedChecksValidAt(api, "2026-11-15"))
                .as("October's sample, dated 5 October, counts on its business date though recorded on 20 November")
                .isEqualTo(1);

        clock.setToday(LocalDate.of(2026, 12, 15));
        assertThat(manager.get("/api/commitments/" + id + "/missed-checks").json())
                .extracting(period -> period.path("periodStart").asString())
                .containsExactly("2026-08-01", "2026-11-01");

        Api.Response closed = manager.postAtCurrentVersion(
                act(id, "closure"), map("rationale", "Sampling shows the standard is met.", "on", "2026-12-01"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        ProjectionsCaughtUp.await(api);
        clock.setToday(LocalDate.of(2027, 3, 1));
        assertThat(manager.get("/api/commitments/" + id + "/missed-checks").json())
                .as("no check is owed once it is closed; the missed ones stay")
                .extracting(period -> period.path("periodStart").asString())
                .containsExactly("2026-08-01", "2026-11-01");

        Api.Response refused = manager.post(
                act(id, "assurance-plan"), map("method", "IQA", "cadence", "QUARTERLY", "startsOn", "2027-01-01"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("commitment.transition-not-allowed");
    }

    @Test
    void aJointCommitmentsMissedChecksCountUnderItsOwnAreaAndEachJointAreaAndUnderNoOther() {
        // given a Yorkshire and Humberside commitment held jointly with the North East, owing a monthly dip sample from
        // June with none recorded: June to October are missed by 22 November
        clock.setToday(LocalDate.of(2026, 11, 22));
        Api api = new Api(port);
        Api.Response recorded = api.as("lead.national")
                .post(
                        "/api/commitments",
                        plannedMonthly("YORKSHIRE_AND_HUMBERSIDE", "DIP_SAMPLE", "jointWith", List.of("NORTH_EAST")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String id = recorded.text("id");
        ProjectionsCaughtUp.await(api);

        for (String area : java.util.List.of("YORKSHIRE_AND_HUMBERSIDE", "NORTH_EAST", "EAST_MIDLANDS")) {
            JsonNode report = api.as("analyst")
                    .get("/api/reports/missed-checks?area=" + area)
                    .json();
            long ofThisOne = report.path("checks")
                    .valueStream()
                    .filter(check -> check.path("commitmentId").asString().equals(id))
                    .count();
            // then each Area it counts under lists its five missed checks, and another Area none of them
            assertThat(ofThisOne).as(area).isEqualTo(area.equals("EAST_MIDLANDS") ? 0 : 5);
            assertThat(api.as("analyst")
                            .get("/api/reports/areas/" + area)
                            .json()
                            .path("missedChecks")
                            .asLong())
                    .as("the Area report counts what the missed-check report lists, for " + area)
                    .isEqualTo(report.path("total").asLong());
            if (!area.equals("EAST_MIDLANDS")) {
                assertThat(areaRow(api, area).path("missedChecks").asLong())
                        .as("the all-Areas row of " + area)
                        .isEqualTo(report.path("total").asLong());
            }
        }
    }

    @Test
    void everyUnitsMissedChecksAreDerivedOnceForEachStateOfTheProjectionAndEachDay() {
        // given a planned commitment with missed checks
        LocalDate today = LocalDate.of(2026, 11, 22);
        clock.setToday(today);
        Api api = new Api(port);
        Api.As manager = api.as("lead.national");
        String id = manager.post("/api/commitments", plannedMonthly("WESSEX", "IQA"))
                .text("id");
        ProjectionsCaughtUp.await(api);

        // when every unit's figures are read twice, and one Area's after them
        DatabaseCalls.Count<Map<AreaCode, Long>> first =
                DatabaseCalls.during(() -> missedChecks.countByArea(AreaScope.everyArea(), today));
        DatabaseCalls.Count<Map<AreaCode, Long>> again =
                DatabaseCalls.during(() -> missedChecks.countByArea(AreaScope.everyArea(), today));
        DatabaseCalls.Count<List<MissedCheck>> wessex =
                DatabaseCalls.during(() -> missedChecks.inArea(AreaCode.WESSEX, today));

        // then they are derived from the rows once, and the same
        assertThat(first.touching("report_assurance_plan", "select"))
                .as(first.toString())
                .isPositive();
        assertThat(again.touching("report_assurance_plan", "select"))
                .as(again.toString())
                .isZero();
        assertThat(again.touching("report_assurance_commitment", "select")).isZero();
        assertThat(again.result()).isEqualTo(first.result());
        assertThat(wessex.touching("report_assurance_plan", "select")).isZero();
        assertThat(wessex.result())
                .filteredOn(check -> check.commitmentId().equals(id))
                .hasSize(5);
        assertThat(first.result().get(AreaCode.WESSEX))
                .isEqualTo(wessex.result().size());

        // and evidence recorded moves the projection on: derived again, with June's check no longer missed
        manager.post(act(id, "assignment"), map("ownerRole", "LEGAL_MANAGER", "on", "2026-06-02"));
        manager.post(act(id, "start"), map("on", "2026-06-03"));
        Api.Response evidence = manager.post(
                act(id, "evidence"),
                map(
                        "method",
                        "IQA",
                        "effectiveOn",
                        "2026-06-20",
                        "sampleSize",
                        10,
                        "compliantCount",
                        9,
                        "summary",
                        "June's quality assessment.",
                        "on",
                        "2026-11-21"));
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(200);
        ProjectionsCaughtUp.await(api);
        DatabaseCalls.Count<Map<AreaCode, Long>> moved =
                DatabaseCalls.during(() -> missedChecks.countByArea(AreaScope.everyArea(), today));
        assertThat(moved.touching("report_assurance_plan", "select")).isPositive();
        assertThat(moved.result().get(AreaCode.WESSEX)).isEqualTo(first.result().get(AreaCode.WESSEX) - 1);

        // and so does another day
        DatabaseCalls.Count<Map<AreaCode, Long>> nextDay =
                DatabaseCalls.during(() -> missedChecks.countByArea(AreaScope.everyArea(), today.plusDays(20)));
        assertThat(nextDay.touching("report_assurance_plan", "select")).isPositive();
        assertThat(nextDay.result().get(AreaCode.WESSEX))
                .as("November's check is missed from 11 December")
                .isEqualTo(moved.result().get(AreaCode.WESSEX) + 1);
    }

    @Test
    void aPlanRecordedLaterIsShownReplacedAndRepeatedWithoutANewEvent() {
        Api api = new Api(port);
        Api.As manager = api.as("manager.north-west");
        String id = manager.post("/api/commitments", commitment("NORTH_WEST")).text("id");
        assertThat(manager.get("/api/commitments/" + id)
                        .json()
                        .path("assurancePlan")
                        .isNull())
                .isTrue();

        Api.Response planned = manager.post(
                act(id, "assurance-plan"),
                map(
                        "method",
                        "CASE_MANAGEMENT_PANEL",
                        "cadence",
                        "WEEKLY",
                        "startsOn",
                        "2022-06-06",
                        "on",
                        "2022-06-01"));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        assertThat(planned.json().path("assurancePlan").path("cadence").asString())
                .isEqualTo("WEEKLY");
        long version = planned.json().path("version").asLong();

        Api.Response again = manager.post(
                act(id, "assurance-plan"),
                map(
                        "method",
                        "CASE_MANAGEMENT_PANEL",
                        "cadence",
                        "WEEKLY",
                        "startsOn",
                        "2022-06-06",
                        "on",
                        "2022-06-01"));
        assertThat(again.json().path("version").asLong()).isEqualTo(version);

        Api.Response replaced = manager.post(
                act(id, "assurance-plan"),
                map("method", "QUALITY_FORUM", "cadence", "QUARTERLY", "startsOn", "2022-07-01", "on", "2022-06-20"),
                Map.of("If-Match", "\"" + version + "\""));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().path("assurancePlan").path("method").asString())
                .isEqualTo("QUALITY_FORUM");

        Api.Response stale = manager.post(
                act(id, "assurance-plan"),
                map("method", "IQA", "cadence", "YEARLY", "startsOn", "2023-01-01"),
                Map.of("If-Match", "\"" + version + "\""));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);

        manager.post(act(id, "assignment"), map("ownerRole", "ABM", "on", "2022-06-25"));
        Api.Response early = manager.post(
                act(id, "assurance-plan"),
                map("method", "IQA", "cadence", "YEARLY", "startsOn", "2023-01-01", "on", "2022-06-24"));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("commitment.date-out-of-order");
    }

    @Test
    void badPlansAreRefusedWithAProblemAndNothingIsRecorded() {
        Api api = new Api(port);
        Api.As manager = api.as("manager.north-west");

        assertRefusedCreate(
                manager,
                map("method", "DIP_SAMPLE", "cadence", "FORTNIGHTLY", "startsOn", "2022-06-01"),
                400,
                "validation.unreadable",
                "assurancePlan.cadence");
        assertRefusedCreate(
                manager,
                map("method", "SPOT_CHECK", "cadence", "MONTHLY", "startsOn", "2022-06-01"),
                400,
                "validation.unreadable",
                "assurancePlan.method");
        assertRefusedCreate(
                manager,
                map("method", "DIP_SAMPLE", "cadence", "MONTHLY", "startsOn", "2022-05-09"),
                400,
                "validation.before-committed",
                "assurancePlan.startsOn");
        assertRefusedCreate(
                manager,
                map("method", "DIP_SAMPLE", "startsOn", "2022-06-01"),
                400,
                "validation.required",
                "assurancePlan.cadence");
        assertRefusedCreate(
                manager,
                map("method", "DIP_SAMPLE", "cadence", "MONTHLY", "startsOn", "2200-01-01"),
                400,
                "validation.date-out-of-window",
                "assurancePlan.startsOn");

        String id = manager.post("/api/commitments", commitment("NORTH_WEST")).text("id");
        long version =
                manager.get("/api/commitments/" + id).json().path("version").asLong();
        assertProblem(
                manager.post(
                        act(id, "assurance-plan"),
                        map("method", "DIP_SAMPLE", "cadence", "DAILY", "startsOn", "2022-06-01")),
                400,
                "validation.unreadable",
                "cadence");
        assertProblem(
                manager.post(
                        act(id, "assurance-plan"),
                        map("method", "DIP_SAMPLE", "cadence", "MONTHLY", "startsOn", "2022-05-01")),
                400,
                "validation.before-committed",
                "startsOn");
        assertProblem(
                manager.post(act(id, "assurance-plan"), map("cadence", "MONTHLY", "startsOn", "2022-06-01")),
                400,
                "validation.required",
                "method");
        JsonNode after = manager.get("/api/commitments/" + id).json();
        assertThat(after.path("version").asLong()).as("nothing recorded").isEqualTo(version);
        assertThat(after.path("assurancePlan").isNull()).isTrue();
    }

    private static void assertRefusedCreate(
            Api.As manager, Map<String, Object> plan, int status, String code, String field) {
        String id = UUID.randomUUID().toString();
        assertProblem(
                manager.post("/api/commitments", with(commitment("NORTH_WEST"), "id", id, "assurancePlan", plan)),
                status,
                code,
                field);
        assertThat(manager.get("/api/commitments/" + id).status())
                .as("nothing recorded under " + id)
                .isEqualTo(404);
    }

    private static void assertProblem(Api.Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
        assertThat(response.text("field")).as(response.toString()).isEqualTo(field);
    }

    private static long missedChecksValidAt(Api api, String date) {
        return api.as("analyst")
                .get("/api/reports/areas/NORTH_WEST?validAt=" + date)
                .json()
                .path("missedChecks")
                .asLong();
    }

    private static JsonNode areaRow(Api api, String area) {
        for (JsonNode row : api.as("analyst").get("/api/reports/areas").json()) {
            if (row.path("area").asString().equals(area)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + area);
    }

    private static String act(String id, String act) {
        return "/api/commitments/" + id + "/" + act;
    }
}
