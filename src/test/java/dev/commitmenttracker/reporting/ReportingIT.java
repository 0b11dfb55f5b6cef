package dev.commitmenttracker.reporting;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.MutableClock;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every report end to end on PostgreSQL: a multi-Area scenario driven through the HTTP commands, each report's
 * figures as JSON and as CSV, the Area scoping of managers, and a rebuild of every projection that must give exactly
 * the same reports. Today is 2026-11-22 (the test clock), so "due in the next 30 days" runs to 2026-12-22.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=reporting-it") // a context, and so a database, of its own
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingIT {

    static final String LN = "manager.london-north";
    static final String NW = "manager.north-west";
    static final String LEAD = "lead.national";
    static final List<String> READERS = List.of("analyst", "auditor", "inspector", LEAD);

    // Client-chosen ids, so that the order by id is known.
    static final String A = id('a');
    static final String B = id('b');
    static final String C = id('c');
    static final String D = id('d');
    static final String E = id('e');
    static final String F = id('f');
    static final String G = id('1');
    static final String H = id('2');
    static final String I = id('3');
    static final String J = id('4');

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Api api;
    String inspectionId;

    static String id(char last) {
        return "00000000-0000-4000-8000-00000000000" + last;
    }

    /**
     * <pre>
     * A  LONDON_NORTH  disclosure          LEGAL_MANAGER        IN_PROGRESS due 2026-06-30 -> 09-30 -> 10-31 (overdue; slipped twice)
     * B  LONDON_NORTH  victim-comm.        ABM                  ASSIGNED    due 2026-12-10 (due soon, not evidenced)
     * C  LONDON_NORTH  disclosure          LEGAL_MANAGER        CLOSED      due 2027-06-30, two sampled evidence records
     * D  LONDON_NORTH  case-analysis       DCCP                 EVIDENCED   due 2026-12-01 (due soon, evidenced), FULL_CHECK
     * E  LONDON_NORTH + NORTH_WEST (joint) witness-care  DISCLOSURE_CHAMPION  EVIDENCED  due 2025-12-31 -> 2027-03-31 (slipped)
     * F  LONDON_NORTH  disclosure          -                    WITHDRAWN   due 2026-01-31 (past, but withdrawn)
     * G  NORTH_WEST    disclosure          ABM                  EVIDENCED   due 2027-01-15, two dip samples in 2026-Q3
     * H  NORTH_WEST    victim-comm.        SDCP                 ASSIGNED    due 2026-12-31 -> 12-15 (revised earlier: not slipped)
     * I  WESSEX        performance-data    -                    COMMITTED   due 2027-09-30
     * J  LONDON_NORTH  people-wellbeing    -                    COMMITTED   no due date
     * </pre>
     */
    @BeforeAll
    void scenario() {
        api = new Api(port);
        Api.Response inspection = api.as(LN).post("/api/inspections", inspection("LONDON_NORTH"));
        assertThat(inspection.status()).as(inspection.toString()).isEqualTo(201);
        inspectionId = inspection.text("id");

        create(
                LN,
                A,
                "LONDON_NORTH",
                List.of(),
                "disclosure",
                "2026-03-01",
                "2026-06-30",
                "inspectionId",
                inspectionId,
                "issueNumber",
                2);
        act(LN, A, "assignment", map("ownerRole", "LEGAL_MANAGER", "ownerName", "A. Khan", "on", "2026-03-05"));
        act(LN, A, "start", map("on", "2026-03-10"));
        act(
                LN,
                A,
                "due-date",
                map(
                        "dueDate",
                        "2026-09-30",
                        "reason",
                        "Awaiting national guidance.",
                        "on",
                        "2026-06-20",
                        "recordOfEarlierDecision",
                        true));
        act(
                LN,
                A,
                "due-date",
                map(
                        "dueDate",
                        "2026-10-31",
                        "reason",
                        "Training delayed.",
                        "on",
                        "2026-09-25",
                        "recordOfEarlierDecision",
                        true));

        create(LN, B, "LONDON_NORTH", List.of(), "victim-communication", "2026-04-01", "2026-12-10");
        act(LN, B, "assignment", map("ownerRole", "ABM", "on", "2026-04-02"));

        create(LN, C, "LONDON_NORTH", List.of(), "disclosure", "2026-02-01", "2027-06-30");
        act(LN, C, "assignment", map("ownerRole", "LEGAL_MANAGER", "on", "2026-02-02"));
        act(LN, C, "start", map("on", "2026-02-03"));
        act(LN, C, "evidence", evidence("DIP_SAMPLE", "2026-07-15", 20, 15));
        act(LN, C, "evidence", evidence("IQA", "2026-10-01", 10, 9));
        act(LN, C, "closure", map("rationale", "Compliance sustained over two checks.", "on", "2026-10-10"));

        create(LN, D, "LONDON_NORTH", List.of(), "case-analysis-strategy", "2026-05-01", "2026-12-01");
        act(LN, D, "assignment", map("ownerRole", "DCCP", "on", "2026-05-02"));
        act(LN, D, "start", map("on", "2026-05-03"));
        act(
                LN,
                D,
                "evidence",
                map("method", "FULL_CHECK", "effectiveOn", "2026-11-01", "summary", "Full check of case strategies."));

        create(LN, E, "LONDON_NORTH", List.of("NORTH_WEST"), "witness-care", "2025-06-01", "2025-12-31");
        act(NW, E, "due-date", map("dueDate", "2027-03-31", "reason", "Staff shortages.", "on", "2025-12-15"));
        act(NW, E, "assignment", map("ownerRole", "DISCLOSURE_CHAMPION", "on", "2026-01-10"));
        act(LN, E, "start", map("on", "2026-01-11"));
        act(LN, E, "evidence", evidence("DIP_SAMPLE", "2026-08-20", 10, 7));

        create(LN, F, "LONDON_NORTH", List.of(), "disclosure", "2025-10-01", "2026-01-31");
        act(LN, F, "withdrawal", map("reason", "Superseded by the national programme.", "on", "2025-12-01"));

        create(NW, G, "NORTH_WEST", List.of(), "disclosure", "2026-03-15", "2027-01-15");
        act(NW, G, "assignment", map("ownerRole", "ABM", "on", "2026-03-16"));
        act(NW, G, "start", map("on", "2026-03-17"));
        act(NW, G, "evidence", evidence("DIP_SAMPLE", "2026-09-10", 30, 24));
        act(NW, G, "evidence", evidence("DIP_SAMPLE", "2026-09-25", 10, 10));

        create(NW, H, "NORTH_WEST", List.of(), "victim-communication", "2026-06-01", "2026-12-31");
        act(
                NW,
                H,
                "due-date",
                map(
                        "dueDate",
                        "2026-12-15",
                        "reason",
                        "Brought forward for the follow-up inspection.",
                        "on",
                        "2026-07-01"));
        act(NW, H, "assignment", map("ownerRole", "SDCP", "on", "2026-07-02"));

        create(LEAD, I, "WESSEX", List.of(), "performance-data", "2026-08-01", "2027-09-30");
        create(LN, J, "LONDON_NORTH", List.of(), "people-wellbeing", "2026-09-01", null);

        ProjectionsCaughtUp.await(api);
    }

    @Test
    void areaProgressHasOneRowPerAreaWithCommitmentsAndJointOnesCountUnderEachArea() {
        JsonNode areas = ok(api.as("analyst").get("/api/reports/areas"));
        assertThat(areas).hasSize(3);
        assertFigures(
                areas.get(0),
                "LONDON_NORTH",
                "total=7 COMMITTED=1 ASSIGNED=1 IN_PROGRESS=1 EVIDENCED=2 CLOSED=1 WITHDRAWN=1 "
                        + "closed=1 evidencedOrClosed=3 withdrawn=1 overdue=1 dueNext30Days=2 percentClosed=14.3 rag=RED");
        assertFigures(
                areas.get(1),
                "NORTH_WEST",
                "total=3 COMMITTED=0 ASSIGNED=1 IN_PROGRESS=0 EVIDENCED=2 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=2 withdrawn=0 overdue=0 dueNext30Days=1 percentClosed=0.0 rag=AMBER");
        assertFigures(
                areas.get(2),
                "WESSEX",
                "total=1 COMMITTED=1 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=0 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=0 withdrawn=0 overdue=0 dueNext30Days=0 percentClosed=0.0 rag=GREEN");
    }

    /** The JSON answers keep their fields and their order: each row names its set, then its figures. */
    @Test
    void progressAnswersListTheirFieldsInOrder() {
        List<String> figures = List.of(
                "total",
                "byStatus",
                "closed",
                "evidencedOrClosed",
                "withdrawn",
                "overdue",
                "dueNext30Days",
                "missedChecks",
                "percentClosed",
                "rag");
        List<String> areaFigures = new ArrayList<>(figures);
        areaFigures.addAll(areaFigures.indexOf("closed") + 1, List.of("closedJudged", "closedJudgedByGrade"));
        JsonNode areas = ok(api.as("analyst").get("/api/reports/areas"));
        assertThat(keys(areas.get(0))).containsExactlyElementsOf(concat(List.of("area", "kind"), areaFigures));
        JsonNode area = ok(api.as("analyst").get("/api/reports/areas/LONDON_NORTH"));
        assertThat(keys(area))
                .containsExactlyElementsOf(concat(List.of("area"), areaFigures, List.of("byTheme", "byOwnerRole")));
        assertThat(keys(area.path("byTheme").path("disclosure"))).containsExactlyElementsOf(figures);
        assertThat(keys(area.path("byOwnerRole").path("UNASSIGNED"))).containsExactlyElementsOf(figures);
        assertThat(keys(ok(api.as("analyst").get("/api/reports/themes")).get(0)))
                .containsExactlyElementsOf(concat(List.of("theme"), figures));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    @Test
    void anAreaIsBrokenDownByThemeAndByOwnerRole() {
        JsonNode area = ok(api.as("inspector").get("/api/reports/areas/LONDON_NORTH"));
        assertFigures(
                area,
                "LONDON_NORTH",
                "total=7 COMMITTED=1 ASSIGNED=1 IN_PROGRESS=1 EVIDENCED=2 CLOSED=1 WITHDRAWN=1 "
                        + "closed=1 evidencedOrClosed=3 withdrawn=1 overdue=1 dueNext30Days=2 percentClosed=14.3 rag=RED");

        JsonNode byTheme = area.path("byTheme");
        assertThat(keys(byTheme))
                .containsExactly(
                        "case-analysis-strategy",
                        "disclosure",
                        "victim-communication",
                        "witness-care",
                        "people-wellbeing");
        assertFigures(
                byTheme.path("case-analysis-strategy"),
                null,
                "total=1 COMMITTED=0 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=1 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=1 withdrawn=0 overdue=0 dueNext30Days=1 percentClosed=0.0 rag=GREEN");
        assertFigures(
                byTheme.path("disclosure"),
                null,
                "total=3 COMMITTED=0 ASSIGNED=0 IN_PROGRESS=1 EVIDENCED=0 CLOSED=1 WITHDRAWN=1 "
                        + "closed=1 evidencedOrClosed=1 withdrawn=1 overdue=1 dueNext30Days=0 percentClosed=33.3 rag=RED");
        assertFigures(
                byTheme.path("victim-communication"),
                null,
                "total=1 COMMITTED=0 ASSIGNED=1 IN_PROGRESS=0 EVIDENCED=0 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=0 withdrawn=0 overdue=0 dueNext30Days=1 percentClosed=0.0 rag=AMBER");
        assertFigures(
                byTheme.path("witness-care"),
                null,
                "total=1 COMMITTED=0 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=1 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=1 withdrawn=0 overdue=0 dueNext30Days=0 percentClosed=0.0 rag=GREEN");
        assertFigures(
                byTheme.path("people-wellbeing"),
                null,
                "total=1 COMMITTED=1 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=0 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=0 withdrawn=0 overdue=0 dueNext30Days=0 percentClosed=0.0 rag=GREEN");

        JsonNode byOwner = area.path("byOwnerRole");
        assertThat(keys(byOwner)).containsExactly("DCCP", "ABM", "LEGAL_MANAGER", "DISCLOSURE_CHAMPION", "UNASSIGNED");
        assertFigures(
                byOwner.path("DCCP"),
                null,
                "total=1 COMMITTED=0 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=1 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=1 withdrawn=0 overdue=0 dueNext30Days=1 percentClosed=0.0 rag=GREEN");
        assertFigures(
                byOwner.path("ABM"),
                null,
                "total=1 COMMITTED=0 ASSIGNED=1 IN_PROGRESS=0 EVIDENCED=0 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=0 withdrawn=0 overdue=0 dueNext30Days=1 percentClosed=0.0 rag=AMBER");
        assertFigures(
                byOwner.path("LEGAL_MANAGER"),
                null,
                "total=2 COMMITTED=0 ASSIGNED=0 IN_PROGRESS=1 EVIDENCED=0 CLOSED=1 WITHDRAWN=0 "
                        + "closed=1 evidencedOrClosed=1 withdrawn=0 overdue=1 dueNext30Days=0 percentClosed=50.0 rag=RED");
        assertFigures(
                byOwner.path("DISCLOSURE_CHAMPION"),
                null,
                "total=1 COMMITTED=0 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=1 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=1 withdrawn=0 overdue=0 dueNext30Days=0 percentClosed=0.0 rag=GREEN");
        assertFigures(
                byOwner.path("UNASSIGNED"),
                null,
                "total=2 COMMITTED=1 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=0 CLOSED=0 WITHDRAWN=1 "
                        + "closed=0 evidencedOrClosed=0 withdrawn=1 overdue=0 dueNext30Days=0 percentClosed=0.0 rag=GREEN");

        JsonNode northWest = ok(api.as("auditor").get("/api/reports/areas/NORTH_WEST"));
        assertThat(keys(northWest.path("byTheme")))
                .containsExactly("disclosure", "victim-communication", "witness-care");
        assertThat(keys(northWest.path("byOwnerRole"))).containsExactly("ABM", "SDCP", "DISCLOSURE_CHAMPION");
        assertFigures(
                northWest.path("byOwnerRole").path("SDCP"),
                null,
                "total=1 COMMITTED=0 ASSIGNED=1 IN_PROGRESS=0 EVIDENCED=0 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=0 withdrawn=0 overdue=0 dueNext30Days=1 percentClosed=0.0 rag=AMBER");

        JsonNode empty = ok(api.as("analyst").get("/api/reports/areas/CYMRU_WALES"));
        assertFigures(
                empty,
                "CYMRU_WALES",
                "total=0 COMMITTED=0 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=0 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=0 withdrawn=0 overdue=0 dueNext30Days=0 percentClosed=0.0 rag=GREEN");
        assertThat(keys(empty.path("byTheme"))).isEmpty();
    }

    @Test
    void theNationalThematicViewCountsEachCommitmentOnce() {
        JsonNode themes = ok(api.as("analyst").get("/api/reports/themes"));
        assertThat(themes)
                .extracting(theme -> theme.path("theme").asString())
                .containsExactly(
                        "case-analysis-strategy",
                        "disclosure",
                        "victim-communication",
                        "witness-care",
                        "people-wellbeing",
                        "performance-data");
        assertFigures(
                themes.get(0),
                null,
                "total=1 COMMITTED=0 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=1 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=1 withdrawn=0 overdue=0 dueNext30Days=1 percentClosed=0.0 rag=GREEN");
        assertFigures(
                themes.get(1),
                null,
                "total=4 COMMITTED=0 ASSIGNED=0 IN_PROGRESS=1 EVIDENCED=1 CLOSED=1 WITHDRAWN=1 "
                        + "closed=1 evidencedOrClosed=2 withdrawn=1 overdue=1 dueNext30Days=0 percentClosed=25.0 rag=RED");
        assertFigures(
                themes.get(2),
                null,
                "total=2 COMMITTED=0 ASSIGNED=2 IN_PROGRESS=0 EVIDENCED=0 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=0 withdrawn=0 overdue=0 dueNext30Days=2 percentClosed=0.0 rag=AMBER");
        assertFigures(
                themes.get(3),
                null,
                "total=1 COMMITTED=0 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=1 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=1 withdrawn=0 overdue=0 dueNext30Days=0 percentClosed=0.0 rag=GREEN");
        assertFigures(
                themes.get(4),
                null,
                "total=1 COMMITTED=1 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=0 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=0 withdrawn=0 overdue=0 dueNext30Days=0 percentClosed=0.0 rag=GREEN");
        assertFigures(
                themes.get(5),
                null,
                "total=1 COMMITTED=1 ASSIGNED=0 IN_PROGRESS=0 EVIDENCED=0 CLOSED=0 WITHDRAWN=0 "
                        + "closed=0 evidencedOrClosed=0 withdrawn=0 overdue=0 dueNext30Days=0 percentClosed=0.0 rag=GREEN");
    }

    @Test
    void ownerWorkloadCountsOpenAndOverdueCommitmentsPerAreaAndRole() {
        JsonNode owners = ok(api.as("analyst").get("/api/reports/owners"));
        assertThat(rows(owners, "area", "ownerRole", "open", "overdue"))
                .containsExactly(
                        "LONDON_NORTH DCCP 1 0",
                        "LONDON_NORTH ABM 1 0",
                        "LONDON_NORTH LEGAL_MANAGER 1 1",
                        "LONDON_NORTH DISCLOSURE_CHAMPION 1 0",
                        "LONDON_NORTH UNASSIGNED 1 0",
                        "NORTH_WEST ABM 1 0",
                        "NORTH_WEST SDCP 1 0",
                        "NORTH_WEST DISCLOSURE_CHAMPION 1 0",
                        "WESSEX UNASSIGNED 1 0");
        assertThat(rows(
                        ok(api.as("analyst").get("/api/reports/owners?area=NORTH_WEST")),
                        "area",
                        "ownerRole",
                        "open",
                        "overdue"))
                .containsExactly("NORTH_WEST ABM 1 0", "NORTH_WEST SDCP 1 0", "NORTH_WEST DISCLOSURE_CHAMPION 1 0");
    }

    @Test
    void theEvidenceRegisterListsEveryRecordAndTheComplianceTrendPoolsSamplesByQuarter() {
        JsonNode national = ok(api.as("analyst").get("/api/reports/evidence"));
        assertThat(rows(
                        national.path("records"),
                        "area",
                        "commitmentId",
                        "method",
                        "effectiveOn",
                        "sampleSize",
                        "compliantCount",
                        "compliancePercent",
                        "joint"))
                .containsExactly(
                        "LONDON_NORTH " + C + " DIP_SAMPLE 2026-07-15 20 15 75.0 false",
                        "LONDON_NORTH " + E + " DIP_SAMPLE 2026-08-20 10 7 70.0 false",
                        "NORTH_WEST " + G + " DIP_SAMPLE 2026-09-10 30 24 80.0 false",
                        "NORTH_WEST " + G + " DIP_SAMPLE 2026-09-25 10 10 100.0 false",
                        "LONDON_NORTH " + C + " IQA 2026-10-01 10 9 90.0 false",
                        "LONDON_NORTH " + D + " FULL_CHECK 2026-11-01 null null null false");
        assertThat(rows(
                        national.path("trend"),
                        "area",
                        "theme",
                        "quarter",
                        "records",
                        "sampledRecords",
                        "casesSampled",
                        "casesCompliant",
                        "compliancePercent"))
                .containsExactly(
                        "LONDON_NORTH case-analysis-strategy 2026-Q3 0 0 0 0 null",
                        "LONDON_NORTH case-analysis-strategy 2026-Q4 1 0 0 0 null",
                        "LONDON_NORTH disclosure 2026-Q3 1 1 20 15 75.0",
                        "LONDON_NORTH disclosure 2026-Q4 1 1 10 9 90.0",
                        "LONDON_NORTH witness-care 2026-Q3 1 1 10 7 70.0",
                        "LONDON_NORTH witness-care 2026-Q4 0 0 0 0 null",
                        "NORTH_WEST disclosure 2026-Q3 2 2 40 34 85.0",
                        "NORTH_WEST disclosure 2026-Q4 0 0 0 0 null",
                        "NORTH_WEST witness-care 2026-Q3 1 1 10 7 70.0",
                        "NORTH_WEST witness-care 2026-Q4 0 0 0 0 null"); // a quarter without evidence is there as zero

        JsonNode northWest = ok(api.as("analyst").get("/api/reports/evidence?area=NORTH_WEST"));
        assertThat(rows(northWest.path("records"), "area", "commitmentId", "effectiveOn", "joint"))
                .containsExactly(
                        "NORTH_WEST " + E + " 2026-08-20 true",
                        "NORTH_WEST " + G + " 2026-09-10 false",
                        "NORTH_WEST " + G + " 2026-09-25 false");

        JsonNode disclosureInAutumn =
                ok(api.as("analyst").get("/api/reports/evidence?theme=disclosure&from=2026-09-01&to=2026-10-31"));
        assertThat(rows(disclosureInAutumn.path("records"), "commitmentId", "effectiveOn"))
                .containsExactly(G + " 2026-09-10", G + " 2026-09-25", C + " 2026-10-01");
        assertThat(rows(disclosureInAutumn.path("trend"), "area", "quarter"))
                .containsExactly(
                        "LONDON_NORTH 2026-Q3", "LONDON_NORTH 2026-Q4", "NORTH_WEST 2026-Q3", "NORTH_WEST 2026-Q4");
        assertThat(rows(
                        ok(api.as("analyst").get("/api/reports/evidence/trend?area=LONDON_NORTH&theme=witness-care")),
                        "quarter",
                        "compliancePercent"))
                .containsExactly("2026-Q3 70.0");
    }

    @Test
    void slippageShowsOriginalAndCurrentDueDatesEveryRevisionAndPerAreaCounts() {
        JsonNode slippage = ok(api.as("analyst").get("/api/reports/slippage"));
        assertThat(rows(slippage.path("areas"), "area", "revised", "slipped"))
                .containsExactly("LONDON_NORTH 2 2", "NORTH_WEST 2 1");
        assertThat(rows(
                        slippage.path("commitments"),
                        "commitmentId",
                        "area",
                        "originalDueDate",
                        "dueDate",
                        "revisionCount",
                        "slipped"))
                .containsExactly(
                        A + " LONDON_NORTH 2026-06-30 2026-10-31 2 true",
                        E + " LONDON_NORTH 2025-12-31 2027-03-31 1 true",
                        H + " NORTH_WEST 2026-12-31 2026-12-15 1 false");
        assertThat(rows(
                        slippage.path("commitments").get(0).path("revisions"),
                        "number",
                        "previousDueDate",
                        "dueDate",
                        "reason",
                        "revisedOn"))
                .containsExactly(
                        "1 2026-06-30 2026-09-30 Awaiting national guidance. 2026-06-20",
                        "2 2026-09-30 2026-10-31 Training delayed. 2026-09-25");

        JsonNode northWest = ok(api.as("analyst").get("/api/reports/slippage?area=NORTH_WEST"));
        assertThat(rows(northWest.path("areas"), "area", "revised", "slipped")).containsExactly("NORTH_WEST 2 1");
        assertThat(rows(northWest.path("commitments"), "commitmentId")).containsExactly(E, H);
        assertThat(rows(ok(api.as("analyst").get("/api/reports/slippage/areas")), "area", "revised", "slipped"))
                .containsExactly("LONDON_NORTH 2 2", "NORTH_WEST 2 1");
    }

    @Test
    void theCommitmentListFiltersSortsAndPages() {
        Api.As analyst = api.as("analyst");
        JsonNode all = ok(analyst.get("/api/commitments?size=100"));
        assertThat(all.path("total").asLong()).isEqualTo(10);
        assertThat(ids(all)).containsExactly(F, A, D, B, H, G, E, C, I, J);

        JsonNode secondPage = ok(analyst.get("/api/commitments?page=1&size=3"));
        assertThat(ids(secondPage)).containsExactly(B, H, G);
        assertThat(secondPage.path("page").asInt()).isEqualTo(1);
        assertThat(secondPage.path("size").asInt()).isEqualTo(3);
        assertThat(secondPage.path("total").asLong()).isEqualTo(10);

        assertThat(ids(ok(analyst.get("/api/commitments?area=NORTH_WEST")))).containsExactly(H, G, E);
        assertThat(ids(ok(analyst.get("/api/commitments?status=EVIDENCED")))).containsExactly(D, G, E);
        assertThat(ids(ok(analyst.get("/api/commitments?theme=disclosure")))).containsExactly(F, A, G, C);
        assertThat(ids(ok(analyst.get("/api/commitments?ownerRole=ABM")))).containsExactly(B, G);
        assertThat(ids(ok(analyst.get("/api/commitments?inspectionId=" + inspectionId))))
                .containsExactly(A);
        assertThat(ids(ok(analyst.get("/api/commitments?overdue=true")))).containsExactly(A);
        assertThat(ok(analyst.get("/api/commitments?overdue=false"))
                        .path("total")
                        .asLong())
                .isEqualTo(9);
        assertThat(ids(ok(analyst.get(
                        "/api/commitments?area=LONDON_NORTH&theme=disclosure&status=IN_PROGRESS&overdue=true"))))
                .containsExactly(A);
        assertThat(ids(ok(analyst.get("/api/commitments?sort=committedOn,desc&size=3"))))
                .containsExactly(J, I, H);
        assertThat(ids(ok(analyst.get("/api/commitments?sort=id&size=2")))).containsExactly(G, H);

        JsonNode a =
                ok(analyst.get("/api/commitments?overdue=true")).path("items").get(0);
        assertThat(a.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(a.path("ownerRole").asString()).isEqualTo("LEGAL_MANAGER");
        assertThat(a.path("ownerName").asString()).isEqualTo("A. Khan");
        assertThat(a.path("originalDueDate").asString()).isEqualTo("2026-06-30");
        assertThat(a.path("dueDate").asString()).isEqualTo("2026-10-31");
        assertThat(a.path("dueDateRevisions").asInt()).isEqualTo(2);
        assertThat(a.path("theme").asString()).isEqualTo("disclosure");
        assertThat(a.path("issueNumber").asInt()).isEqualTo(2);
        assertThat(a.path("overdue").asBoolean()).isTrue();

        assertProblem(analyst.get("/api/commitments?sort=colour"), 400, "validation.unreadable");
        assertProblem(analyst.get("/api/commitments?size=0"), 400, "validation.out-of-range");
        assertProblem(analyst.get("/api/commitments?status=FINISHED"), 400, "validation.unreadable");
        assertProblem(analyst.get("/api/commitments?theme=cooking"), 400, "validation.unreadable");
    }

    @Test
    void everyReportAnswersCsvWithTheSameFiguresAsJson() throws IOException {
        Api.As analyst = api.as("analyst");
        List<CSVRecord> areas = csv(
                analyst.get("/api/reports/areas", "text/csv"),
                "area",
                "kind",
                "total",
                "COMMITTED",
                "ASSIGNED",
                "IN_PROGRESS",
                "EVIDENCED",
                "CLOSED",
                "WITHDRAWN",
                "closed",
                "evidencedOrClosed",
                "withdrawn",
                "overdue",
                "dueNext30Days",
                "missedChecks",
                "percentClosed",
                "rag");
        assertThat(areas)
                .extracting(CSVRecord::values)
                .containsExactly(
                        new String[] {
                            "LONDON_NORTH",
                            "AREA",
                            "7",
                            "1",
                            "1",
                            "1",
                            "2",
                            "1",
                            "1",
                            "1",
                            "3",
                            "1",
                            "1",
                            "2",
                            "0",
                            "14.3",
                            "RED"
                        },
                        new String[] {
                            "NORTH_WEST",
                            "AREA",
                            "3",
                            "0",
                            "1",
                            "0",
                            "2",
                            "0",
                            "0",
                            "0",
                            "2",
                            "0",
                            "0",
                            "1",
                            "0",
                            "0.0",
                            "AMBER"
                        },
                        new String[] {
                            "WESSEX", "AREA", "1", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0.0",
                            "GREEN"
                        });

        List<CSVRecord> area = csv(
                analyst.get("/api/reports/areas/LONDON_NORTH", "text/csv"),
                "breakdown",
                "key",
                "total",
                "COMMITTED",
                "ASSIGNED",
                "IN_PROGRESS",
                "EVIDENCED",
                "CLOSED",
                "WITHDRAWN",
                "closed",
                "evidencedOrClosed",
                "withdrawn",
                "overdue",
                "dueNext30Days",
                "missedChecks",
                "percentClosed",
                "rag");
        assertThat(area)
                .extracting(r -> r.get("breakdown") + " " + r.get("key") + " " + r.get("total") + " " + r.get("rag"))
                .containsExactly(
                        "area LONDON_NORTH 7 RED",
                        "theme case-analysis-strategy 1 GREEN",
                        "theme disclosure 3 RED",
                        "theme victim-communication 1 AMBER",
                        "theme witness-care 1 GREEN",
                        "theme people-wellbeing 1 GREEN",
                        "ownerRole DCCP 1 GREEN",
                        "ownerRole ABM 1 AMBER",
                        "ownerRole LEGAL_MANAGER 2 RED",
                        "ownerRole DISCLOSURE_CHAMPION 1 GREEN",
                        "ownerRole UNASSIGNED 2 GREEN");

        List<CSVRecord> themes = csv(
                analyst.get("/api/reports/themes", "text/csv"),
                "theme",
                "total",
                "COMMITTED",
                "ASSIGNED",
                "IN_PROGRESS",
                "EVIDENCED",
                "CLOSED",
                "WITHDRAWN",
                "closed",
                "evidencedOrClosed",
                "withdrawn",
                "overdue",
                "dueNext30Days",
                "missedChecks",
                "percentClosed",
                "rag");
        assertThat(themes.get(1).values())
                .containsExactly(
                        "disclosure", "4", "0", "0", "1", "1", "1", "1", "1", "2", "1", "1", "0", "0", "25.0", "RED");
        assertThat(themes).hasSize(6);

        assertThat(csv(analyst.get("/api/reports/owners", "text/csv"), "area", "ownerRole", "open", "overdue"))
                .extracting(r -> String.join(" ", r.values()))
                .contains("LONDON_NORTH LEGAL_MANAGER 1 1")
                .hasSize(9);

        List<CSVRecord> evidence = csv(
                analyst.get("/api/reports/evidence", "text/csv"),
                "area",
                "joint",
                "commitmentId",
                "theme",
                "method",
                "effectiveOn",
                "quarter",
                "sampleSize",
                "compliantCount",
                "compliancePercent",
                "reference",
                "recordedOn");
        assertThat(evidence).hasSize(6);
        assertThat(evidence.get(0).values())
                .containsExactly(
                        "LONDON_NORTH",
                        "false",
                        C,
                        "disclosure",
                        "DIP_SAMPLE",
                        "2026-07-15",
                        "2026-Q3",
                        "20",
                        "15",
                        "75.0",
                        "REF-2026-07-15",
                        "2026-11-22");
        assertThat(evidence.get(5).get("compliancePercent")).isEmpty();

        assertThat(csv(
                        analyst.get("/api/reports/evidence/trend", "text/csv"),
                        "area",
                        "theme",
                        "quarter",
                        "records",
                        "sampledRecords",
                        "casesSampled",
                        "casesCompliant",
                        "compliancePercent"))
                .extracting(r -> String.join(" ", r.values()))
                .contains("NORTH_WEST disclosure 2026-Q3 2 2 40 34 85.0", "NORTH_WEST disclosure 2026-Q4 0 0 0 0 ")
                .hasSize(10);

        List<CSVRecord> slippage = csv(
                analyst.get("/api/reports/slippage", "text/csv"),
                "area",
                "commitmentId",
                "theme",
                "status",
                "originalDueDate",
                "dueDate",
                "revisionCount",
                "slipped",
                "revision",
                "previousDueDate",
                "revisedDueDate",
                "reason",
                "revisedOn");
        assertThat(slippage)
                .extracting(r -> r.get("commitmentId") + " " + r.get("revision") + " " + r.get("reason"))
                .containsExactly(
                        A + " 1 Awaiting national guidance.",
                        A + " 2 Training delayed.",
                        E + " 1 Staff shortages.",
                        H + " 1 Brought forward for the follow-up inspection.");
        assertThat(csv(analyst.get("/api/reports/slippage/areas", "text/csv"), "area", "revised", "slipped"))
                .extracting(r -> String.join(" ", r.values()))
                .containsExactly("LONDON_NORTH 2 2", "NORTH_WEST 2 1");

        List<CSVRecord> commitments = csv(
                analyst.get("/api/commitments?area=NORTH_WEST", "text/csv"),
                "id",
                "area",
                "jointWith",
                "inspectionId",
                "issueNumber",
                "theme",
                "text",
                "status",
                "ownerRole",
                "ownerName",
                "committedOn",
                "dueDate",
                "originalDueDate",
                "dueDateRevisions",
                "overdue");
        assertThat(commitments).extracting(r -> r.get("id")).containsExactly(H, G, E);
        assertThat(commitments.get(2).get("jointWith")).isEqualTo("NORTH_WEST");

        Api.Response preferJson = analyst.get("/api/reports/areas", "text/csv;q=0.5, application/json");
        assertThat(preferJson.contentType()).startsWith("application/json");
    }

    @Test
    void anAreaManagerReadsOnlyItsOwnAreas() {
        Api.As london = api.as(LN);
        assertProblem(london.get("/api/reports/areas/NORTH_WEST"), 403, "auth.area-forbidden");
        assertProblem(london.get("/api/reports/areas/NORTH_WEST", "text/csv"), 403, "auth.area-forbidden");
        assertProblem(london.get("/api/reports/owners?area=NORTH_WEST"), 403, "auth.area-forbidden");
        assertProblem(london.get("/api/reports/evidence?area=WESSEX"), 403, "auth.area-forbidden");
        assertProblem(london.get("/api/reports/slippage?area=NORTH_WEST"), 403, "auth.area-forbidden");
        assertProblem(london.get("/api/commitments?area=NORTH_WEST"), 403, "auth.area-forbidden");

        assertFigures(
                ok(london.get("/api/reports/areas/LONDON_NORTH")),
                "LONDON_NORTH",
                "total=7 COMMITTED=1 ASSIGNED=1 IN_PROGRESS=1 EVIDENCED=2 CLOSED=1 WITHDRAWN=1 "
                        + "closed=1 evidencedOrClosed=3 withdrawn=1 overdue=1 dueNext30Days=2 percentClosed=14.3 rag=RED");
        assertThat(rows(ok(london.get("/api/reports/areas")), "area")).containsExactly("LONDON_NORTH");
        assertThat(rows(ok(london.get("/api/reports/themes")), "theme", "total"))
                .containsExactly(
                        "case-analysis-strategy 1",
                        "disclosure 3",
                        "victim-communication 1",
                        "witness-care 1",
                        "people-wellbeing 1");
        assertThat(rows(ok(london.get("/api/reports/owners")), "area"))
                .containsOnly("LONDON_NORTH")
                .hasSize(5);
        assertThat(rows(ok(london.get("/api/reports/evidence")).path("records"), "area", "commitmentId"))
                .containsExactly("LONDON_NORTH " + C, "LONDON_NORTH " + E, "LONDON_NORTH " + C, "LONDON_NORTH " + D);
        assertThat(rows(ok(london.get("/api/reports/evidence")).path("trend"), "area"))
                .containsOnly("LONDON_NORTH");
        assertThat(rows(ok(london.get("/api/reports/slippage")).path("areas"), "area"))
                .containsExactly("LONDON_NORTH");
        assertThat(rows(ok(london.get("/api/reports/slippage")).path("commitments"), "commitmentId"))
                .containsExactly(A, E);
        assertThat(ok(london.get("/api/commitments")).path("total").asLong()).isEqualTo(7);

        Api.As northWest = api.as(NW);
        assertThat(rows(ok(northWest.get("/api/reports/areas")), "area", "total"))
                .containsExactly("NORTH_WEST 3");
        assertThat(ids(ok(northWest.get("/api/commitments")))).containsExactly(H, G, E);
        assertThat(rows(ok(northWest.get("/api/reports/slippage")).path("commitments"), "commitmentId"))
                .containsExactly(E, H);

        for (String reader : READERS) {
            for (String path : List.of(
                    "/api/reports/areas",
                    "/api/reports/areas/NORTH_WEST",
                    "/api/reports/themes",
                    "/api/reports/owners",
                    "/api/reports/evidence",
                    "/api/reports/evidence/trend",
                    "/api/reports/slippage",
                    "/api/reports/slippage/areas",
                    "/api/commitments")) {
                assertThat(api.as(reader).get(path).status())
                        .as(reader + " " + path)
                        .isEqualTo(200);
            }
            assertThat(rows(ok(api.as(reader).get("/api/reports/areas")), "area"))
                    .as(reader)
                    .containsExactly("LONDON_NORTH", "NORTH_WEST", "WESSEX");
        }
        assertProblem(api.as(null).get("/api/reports/areas"), 401, "auth.unauthenticated");
        for (String notLead : List.of("analyst", "auditor", "inspector", LN)) {
            assertProblem(api.as(notLead).get("/api/admin/projections"), 403, "auth.forbidden");
            assertProblem(
                    api.as(notLead).post("/api/admin/projections/commitment-progress/rebuild", null),
                    403,
                    "auth.forbidden");
        }
        assertProblem(
                api.as(LEAD).post("/api/admin/projections/no-such-thing/rebuild", null), 404, "projection.not-found");
    }

    @Test
    void overdueAndDueSoonFollowTheClock() {
        try {
            clock.setToday(LocalDate.of(2026, 12, 11));
            // A (10-31), D (12-01) and B (12-10) are now past due; H (12-15) is due within 30 days and only assigned;
            // G (2027-01-15) is still beyond the 30 days (to 2027-01-10).
            JsonNode areas = ok(api.as("analyst").get("/api/reports/areas"));
            assertFigures(
                    areas.get(0),
                    "LONDON_NORTH",
                    "total=7 COMMITTED=1 ASSIGNED=1 IN_PROGRESS=1 EVIDENCED=2 CLOSED=1 WITHDRAWN=1 "
                            + "closed=1 evidencedOrClosed=3 withdrawn=1 overdue=3 dueNext30Days=0 percentClosed=14.3 rag=RED");
            assertFigures(
                    areas.get(1),
                    "NORTH_WEST",
                    "total=3 COMMITTED=0 ASSIGNED=1 IN_PROGRESS=0 EVIDENCED=2 CLOSED=0 WITHDRAWN=0 "
                            + "closed=0 evidencedOrClosed=2 withdrawn=0 overdue=0 dueNext30Days=1 percentClosed=0.0 rag=AMBER");
            assertThat(ids(ok(api.as("analyst").get("/api/commitments?overdue=true"))))
                    .containsExactly(A, D, B);

            clock.setToday(LocalDate.of(2027, 1, 20));
            // G (01-15) evidenced but open and past due; H past due too; E due 03-31 is not within 30 days.
            JsonNode northWest = ok(api.as("analyst").get("/api/reports/areas/NORTH_WEST"));
            assertFigures(
                    northWest,
                    "NORTH_WEST",
                    "total=3 COMMITTED=0 ASSIGNED=1 IN_PROGRESS=0 EVIDENCED=2 CLOSED=0 WITHDRAWN=0 "
                            + "closed=0 evidencedOrClosed=2 withdrawn=0 overdue=2 dueNext30Days=0 percentClosed=0.0 rag=RED");
        } finally {
            clock.setToday(MutableClock.DEFAULT_TODAY);
        }
    }

    @Test
    void rebuildingEveryProjectionGivesExactlyTheSameReports() throws IOException {
        Map<String, String> before = snapshot();
        JsonNode projections = ok(api.as(LEAD).get("/api/admin/projections"));
        List<String> names = rows(projections.path("projections"), "name");
        assertThat(names).contains("commitment-progress", "evidence-register", "due-date-slippage", "inspections");
        for (String name : names) {
            Api.Response started = api.as(LEAD).post("/api/admin/projections/" + name + "/rebuild", null);
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
        }
        ProjectionsCaughtUp.await(api);
        Map<String, String> after = snapshot();
        assertThat(after).isEqualTo(before);

        // and, whichever order the tests ran in, every figure asserted above holds after the rebuild
        areaProgressHasOneRowPerAreaWithCommitmentsAndJointOnesCountUnderEachArea();
        anAreaIsBrokenDownByThemeAndByOwnerRole();
        theNationalThematicViewCountsEachCommitmentOnce();
        ownerWorkloadCountsOpenAndOverdueCommitmentsPerAreaAndRole();
        theEvidenceRegisterListsEveryRecordAndTheComplianceTrendPoolsSamplesByQuarter();
        slippageShowsOriginalAndCurrentDueDatesEveryRevisionAndPerAreaCounts();
        theCommitmentListFiltersSortsAndPages();
        anAreaManagerReadsOnlyItsOwnAreas();
        everyReportAnswersCsvWithTheSameFiguresAsJson();

        JsonNode status = ok(api.as(LEAD).get("/api/admin/projections"));
        for (JsonNode projection : status.path("projections")) {
            assertThat(projection.path("position").asLong())
                    .isEqualTo(status.path("head").asLong());
            assertThat(projection.path("replaying").asBoolean()).isFalse();
            assertThat(projection.path("errorMessage").isNull()).isTrue();
        }
    }

    /** Every report, as JSON and as CSV, for a national reader and for both Area managers. */
    private Map<String, String> snapshot() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String user : List.of("analyst", LN, NW)) {
            for (String path : List.of(
                    "/api/reports/areas",
                    "/api/reports/areas/LONDON_NORTH",
                    "/api/reports/areas/NORTH_WEST",
                    "/api/reports/themes",
                    "/api/reports/owners",
                    "/api/reports/evidence",
                    "/api/reports/evidence/trend",
                    "/api/reports/slippage",
                    "/api/reports/slippage/areas",
                    "/api/commitments?size=100",
                    "/api/inspections")) {
                for (String accept : List.of("application/json", "text/csv")) {
                    Api.Response response = api.as(user).get(path, accept);
                    bodies.put(user + " " + accept + " " + path, response.status() + " " + response.body());
                }
            }
        }
        return bodies;
    }

    private void create(
            String user,
            String id,
            String area,
            List<String> jointWith,
            String theme,
            String committedOn,
            String dueDate,
            Object... more) {
        Map<String, Object> body = with(
                commitment(area),
                "id",
                id,
                "jointWith",
                jointWith,
                "theme",
                theme,
                "committedOn",
                committedOn,
                "dueDate",
                dueDate,
                "text",
                "Commitment " + id.substring(id.length() - 1) + " of " + area + ".");
        body = with(body, more);
        Api.Response created = api.as(user).post("/api/commitments", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private void act(String user, String id, String act, Map<String, Object> body) {
        Api.Response response = api.as(user).postAtCurrentVersion("/api/commitments/" + id + "/" + act, body);
        assertThat(response.status()).as(act + " " + response).isEqualTo(200);
    }

    private static Map<String, Object> evidence(String method, String effectiveOn, int sampleSize, int compliant) {
        return map(
                "method",
                method,
                "effectiveOn",
                effectiveOn,
                "sampleSize",
                sampleSize,
                "compliantCount",
                compliant,
                "summary",
                method + " of " + sampleSize + " cases.",
                "reference",
                "REF-" + effectiveOn);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json();
    }

    private static List<CSVRecord> csv(Api.Response response, String... header) throws IOException {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body()))) {
            assertThat(parser.getHeaderNames()).containsExactly(header);
            return parser.getRecords();
        }
    }

    /**
     * Asserts a row's figures, each named: {@code "total=7 COMMITTED=1 ... rag=RED"} names every figure of the answer
     * (the total, each status, closed, evidencedOrClosed, withdrawn, overdue, dueNext30Days, percentClosed, rag).
     */
    private static void assertFigures(JsonNode n, String area, String expected) {
        if (area != null) {
            assertThat(n.path("area").asString()).isEqualTo(area);
        }
        String context = n.toString();
        Map<String, String> figures = new LinkedHashMap<>();
        for (String named : expected.trim().split("\\s+")) {
            String[] pair = named.split("=", 2);
            assertThat(figures.put(pair[0], pair[1]))
                    .as("figure named twice: " + pair[0])
                    .isNull();
        }
        assertThat(figures.keySet())
                .as("every figure named")
                .containsExactlyInAnyOrder(
                        "total",
                        "COMMITTED",
                        "ASSIGNED",
                        "IN_PROGRESS",
                        "EVIDENCED",
                        "CLOSED",
                        "WITHDRAWN",
                        "closed",
                        "evidencedOrClosed",
                        "withdrawn",
                        "overdue",
                        "dueNext30Days",
                        "percentClosed",
                        "rag");
        assertThat(n.path("total").asLong()).as(context).isEqualTo(Long.parseLong(figures.get("total")));
        assertThat(keys(n.path("byStatus")))
                .containsExactly("COMMITTED", "ASSIGNED", "IN_PROGRESS", "EVIDENCED", "CLOSED", "WITHDRAWN");
        for (String status : keys(n.path("byStatus"))) {
            assertThat(n.path("byStatus").path(status).asLong())
                    .as(status + " in " + context)
                    .isEqualTo(Long.parseLong(figures.get(status)));
        }
        for (String count : List.of("closed", "evidencedOrClosed", "withdrawn", "overdue", "dueNext30Days")) {
            assertThat(n.path(count).asLong())
                    .as(count + " in " + context)
                    .isEqualTo(Long.parseLong(figures.get(count)));
        }
        assertThat(n.path("percentClosed").decimalValue())
                .as(context)
                .isEqualByComparingTo(new BigDecimal(figures.get("percentClosed")));
        assertThat(n.path("rag").asString()).as(context).isEqualTo(figures.get("rag"));
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.properties().forEach(entry -> keys.add(entry.getKey()));
        return keys;
    }

    /** Each element of an array as the named fields joined by spaces ("null" for a null). */
    private static List<String> rows(JsonNode array, String... fields) {
        List<String> rows = new ArrayList<>();
        for (JsonNode element : array) {
            List<String> cells = new ArrayList<>();
            for (String field : fields) {
                JsonNode value = element.path(field);
                cells.add(value.isNull() || value.isMissingNode() ? "null" : value.asString());
            }
            rows.add(String.join(" ", cells));
        }
        return rows;
    }

    private static List<String> ids(JsonNode page) {
        return rows(page.path("items"), "id");
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
    }
}
