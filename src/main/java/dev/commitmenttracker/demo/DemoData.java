package dev.commitmenttracker.demo;

import static dev.commitmenttracker.shared.AssuranceMethod.CASE_MANAGEMENT_PANEL;
import static dev.commitmenttracker.shared.AssuranceMethod.DIP_SAMPLE;
import static dev.commitmenttracker.shared.AssuranceMethod.IQA;
import static dev.commitmenttracker.shared.AssuranceMethod.MANAGER_QUALITY_CHECK;
import static dev.commitmenttracker.shared.AssuranceMethod.OTHER;
import static dev.commitmenttracker.shared.OwnerRole.ABM;
import static dev.commitmenttracker.shared.OwnerRole.APM;
import static dev.commitmenttracker.shared.OwnerRole.AREA;
import static dev.commitmenttracker.shared.OwnerRole.CCP;
import static dev.commitmenttracker.shared.OwnerRole.CHIEF_EXECUTIVE;
import static dev.commitmenttracker.shared.OwnerRole.DCCP;
import static dev.commitmenttracker.shared.OwnerRole.DIRECTOR_LEGAL_SERVICES;
import static dev.commitmenttracker.shared.OwnerRole.DISCLOSURE_CHAMPION;
import static dev.commitmenttracker.shared.OwnerRole.HEAD_OF_UNIT;
import static dev.commitmenttracker.shared.OwnerRole.HRBP;
import static dev.commitmenttracker.shared.OwnerRole.LEGAL_MANAGER;
import static dev.commitmenttracker.shared.OwnerRole.NATIONAL;
import static dev.commitmenttracker.shared.OwnerRole.NATIONAL_THEME_LEAD;
import static dev.commitmenttracker.shared.OwnerRole.OPERATIONS_DIRECTORATE;
import static dev.commitmenttracker.shared.OwnerRole.PBM;
import static dev.commitmenttracker.shared.OwnerRole.POLICY_DIRECTORATE;
import static dev.commitmenttracker.shared.OwnerRole.SDCP;
import static dev.commitmenttracker.shared.OwnerRole.SENIOR_MANAGER;
import static dev.commitmenttracker.shared.Theme.CASE_ANALYSIS_STRATEGY;
import static dev.commitmenttracker.shared.Theme.DEFENCE_ENGAGEMENT;
import static dev.commitmenttracker.shared.Theme.DISCLOSURE;
import static dev.commitmenttracker.shared.Theme.FIRST_HEARING_PREPARATION;
import static dev.commitmenttracker.shared.Theme.ORGANISATION;
import static dev.commitmenttracker.shared.Theme.PEOPLE_WELLBEING;
import static dev.commitmenttracker.shared.Theme.PERFORMANCE_DATA;
import static dev.commitmenttracker.shared.Theme.POLICE_FILE_QUALITY;
import static dev.commitmenttracker.shared.Theme.VICTIM_COMMUNICATION;
import static dev.commitmenttracker.shared.Theme.WITNESS_CARE;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.inspection.InspectionService;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionState;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.inspection.api.RecordInspection;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demonstration dataset at start-up of the embedded default: the five Areas whose published responses
 * the product was conceived from, a national thematic inspection and an inspection of CPS Direct, with inspections, issues to address and commitments at realistic stages, in the
 * project's own words, dated relative to today. Every act goes through the services a user drives, as the login
 * {@code demo-data}. Ids are fixed, so loading again (on any later day, or on a second node) changes nothing. Off
 * with {@code tracker.demo-data.enabled=false} (off in tests and in production).
 */
@Component
@ConditionalOnProperty(name = "tracker.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String LOGIN = "demo-data";
    /** Any fixed number, the same on every node: the key of the advisory lock that serialises demo loads. */
    private static final long ADVISORY_LOCK = 0x44454d4fL;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final InspectionService inspections;
    private final CommitmentService commitments;
    private final DataSource dataSource;
    private final Clock clock;
    private LocalDate today;

    DemoData(InspectionService inspections, CommitmentService commitments, DataSource dataSource, Clock clock) {
        this.inspections = inspections;
        this.commitments = commitments;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        today = LocalDate.now(clock);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        LOGIN, null, AuthorityUtils.createAuthorityList("ROLE_NATIONAL_LEAD")));
        try {
            int loaded = oneNodeAtATime(() -> londonNorth()
                    + southWest()
                    + londonSouth()
                    + northEast()
                    + northWest()
                    + nationalDisclosureThematic()
                    + cpsDirect());
            log.info("Demo data: {} commitments recorded now (0 means they were already there).", loaded);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Two nodes started together on one empty PostgreSQL database would both load the same commitments and trip over
     * each other's events; a session-level advisory lock lets one load while the other waits, then finds it all there.
     * (The embedded H2 file database takes one process only.)
     */
    private int oneNodeAtATime(IntSupplier load) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            if (postgres) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select pg_advisory_lock(" + ADVISORY_LOCK + ")");
                }
            }
            try {
                return load.getAsInt();
            } finally {
                if (postgres) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("select pg_advisory_unlock(" + ADVISORY_LOCK + ")");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the demo data lock", e);
        }
    }

    /*
     * Dates are counted back from today (the tracker's clock), so the demo looks like a live service whenever it is
     * started: London North is AMBER (an action due within the month, not yet evidenced), South West and North West
     * RED (actions past their due dates), London South and North East GREEN; every stage from COMMITTED to
     * WITHDRAWN appears, and a closed action has been reopened.
     */

    private int londonNorth() {
        DemoScript.Inspection aip = inspection(
                "london-north-aip-2022",
                AreaCode.LONDON_NORTH,
                InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE,
                "Area inspection programme baseline: CPS London North",
                monthsAgo(9),
                Map.of(),
                issue(
                        1,
                        "Reviews before charge do not set out a clear case strategy often enough.",
                        CASE_ANALYSIS_STRATEGY),
                issue(
                        2,
                        "Disclosure of unused material is not handled well enough in magistrates' court cases.",
                        DISCLOSURE),
                issue(3, "Preparation for the first hearing needs to be more thorough.", FIRST_HEARING_PREPARATION),
                issue(4, "Letters to victims are late and their quality varies.", VICTIM_COMMUNICATION));
        return aip.commitment(
                        "ln-1",
                        1,
                        CASE_ANALYSIS_STRATEGY,
                        "Every lawyer will attend refreshed training on writing a case analysis and strategy.",
                        monthsAgo(2),
                        null)
                .assign(AREA, null, daysAfter(monthsAgo(9), 3))
                .start(monthsAgo(8))
                .note("Two training rounds delivered; the third is booked for the autumn.", monthsAgo(7))
                .evidence(IQA, monthsAgo(4), 40, 31, "IQA round covering pre-charge reviews.", "IQA-LN-Q2")
                .close("Training delivered to every lawyer and IQA shows the improvement holding.", monthsAgo(3))
                .and(
                        "ln-2",
                        1,
                        CASE_ANALYSIS_STRATEGY,
                        "Legal managers will check a sample of pre-charge reviews each month for a clear strategy.",
                        monthsAgo(1),
                        80)
                .assign(LEGAL_MANAGER, "Priya Shah", daysAfter(monthsAgo(9), 3))
                .start(monthsAgo(8))
                .evidence(DIP_SAMPLE, monthsAgo(6), 20, 13, "Monthly dip sample of pre-charge reviews.", "DS-LN-01")
                .evidence(DIP_SAMPLE, monthsAgo(3), 20, 15, "Monthly dip sample, three months on.", "DS-LN-04")
                .revise(inMonths(6), "Recruitment of two legal managers delayed the sampling.", monthsAgo(2))
                // a monthly dip sample from the month of the last sample: the month after it has none (a missed check)
                .plan(DIP_SAMPLE, Cadence.MONTHLY, monthsAgo(3).withDayOfMonth(1), monthsAgo(2))
                .and(
                        "ln-3",
                        2,
                        DISCLOSURE,
                        "The Area will name a disclosure champion in each magistrates' court team.",
                        monthsAgo(5),
                        null)
                .assign(DISCLOSURE_CHAMPION, null, daysAfter(monthsAgo(9), 8))
                .start(monthsAgo(8))
                .evidence(OTHER, monthsAgo(6), null, null, "List of champions published on the Area intranet.", null)
                .close("A champion is in place in every team.", daysAfter(monthsAgo(6), 10))
                .and(
                        "ln-4",
                        2,
                        DISCLOSURE,
                        "Disclosure champions will dip sample disclosure schedules in a tenth of trial cases.",
                        inMonths(4),
                        85)
                .assign(DISCLOSURE_CHAMPION, null, daysAfter(monthsAgo(6), 10))
                .start(monthsAgo(5))
                .evidence(DIP_SAMPLE, monthsAgo(2), 30, 24, "Quarterly disclosure dip sample.", "DS-LN-DISC-Q1")
                .plan(DIP_SAMPLE, Cadence.QUARTERLY, firstDayOfQuarter(monthsAgo(2)), monthsAgo(2))
                .and(
                        "ln-5",
                        3,
                        FIRST_HEARING_PREPARATION,
                        "Legal managers will review the first-hearing preparation of new cases at weekly team meetings.",
                        inDays(20),
                        null)
                .assign(LEGAL_MANAGER, null, monthsAgo(8))
                .plan(
                        MANAGER_QUALITY_CHECK,
                        Cadence.WEEKLY,
                        today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)),
                        today)
                .and(
                        "ln-6",
                        4,
                        VICTIM_COMMUNICATION,
                        "The CPS nationally will introduce new template letters to victims.",
                        monthsAgo(2),
                        null)
                .assign(NATIONAL, null, daysAfter(monthsAgo(9), 3))
                .start(monthsAgo(8))
                .evidence(OTHER, monthsAgo(4), null, null, "New templates in use by prosecutors.", null)
                .close("Templates rolled out nationally.", daysAfter(monthsAgo(4), 14))
                .load();
    }

    private int southWest() {
        DemoScript.Inspection aip = inspection(
                "south-west-aip-2022",
                AreaCode.SOUTH_WEST,
                InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE,
                "Area inspection programme baseline: CPS South West",
                monthsAgo(15),
                Map.of(),
                issue(1, "Case strategy and analysis need to improve before and after charge.", CASE_ANALYSIS_STRATEGY),
                issue(2, "Compliance with disclosure obligations needs to improve.", DISCLOSURE),
                issue(3, "Letters to victims need to be better and on time.", VICTIM_COMMUNICATION));
        return aip.commitment(
                        "sw-1",
                        1,
                        CASE_ANALYSIS_STRATEGY,
                        "Each casework unit will work to its own plan under the Area's casework quality strategy.",
                        monthsAgo(3),
                        null)
                .assign(AREA, null, daysAfter(monthsAgo(15), 5))
                .start(monthsAgo(14))
                .note("Plans agreed with every unit head.", monthsAgo(13))
                .and(
                        "sw-2",
                        1,
                        CASE_ANALYSIS_STRATEGY,
                        "Legal managers will assess case analysis through IQA, dip samples and case management panels.",
                        inMonths(8),
                        75)
                .assign(LEGAL_MANAGER, null, daysAfter(monthsAgo(15), 5))
                .start(monthsAgo(14))
                .evidence(IQA, monthsAgo(8), 36, 25, "IQA of Crown Court and magistrates' reviews.", "IQA-SW-Q1")
                .evidence(
                        CASE_MANAGEMENT_PANEL,
                        monthsAgo(6),
                        null,
                        null,
                        "Panel reviewed six complex cases.",
                        "CMP-SW-05")
                .and(
                        "sw-3",
                        2,
                        DISCLOSURE,
                        "Disclosure champions will sample disclosure decisions with IQA and dip checks.",
                        monthsAgo(4),
                        90)
                .assign(DISCLOSURE_CHAMPION, null, daysAfter(monthsAgo(15), 5))
                .start(monthsAgo(14))
                .evidence(DIP_SAMPLE, monthsAgo(9), 25, 23, "Dip check of unused material schedules.", "DS-SW-01")
                .close("Compliance above target for two quarters.", monthsAgo(5))
                .and(
                        "sw-4",
                        2,
                        DISCLOSURE,
                        "The Area will raise disclosure failures with police at the joint operational improvement meetings.",
                        monthsAgo(4),
                        null)
                .assign(AREA, null, daysAfter(monthsAgo(15), 5))
                .start(monthsAgo(14))
                .revise(inMonths(5), "Police force restructure postponed the meetings.", monthsAgo(5))
                .and(
                        "sw-5",
                        3,
                        VICTIM_COMMUNICATION,
                        "The CPS nationally will act on its research into what victims need from its letters.",
                        inMonths(10),
                        null)
                .assign(NATIONAL, null, daysAfter(monthsAgo(15), 5))
                .load();
    }

    private int londonSouth() {
        DemoScript.Inspection aai = inspection(
                "london-south-aai-2018",
                AreaCode.LONDON_SOUTH,
                InspectionKind.AREA_ASSURANCE_INSPECTION,
                "Area assurance inspection: CPS London South",
                monthsAgo(36),
                Map.of(
                        "Success of CPS People",
                        Rating.EXCELLENT,
                        "Continuously Improving",
                        Rating.GOOD,
                        "Casework Quality",
                        Rating.FAIR,
                        "Public Confidence",
                        Rating.FAIR),
                issue(1, "Staff wellbeing needs more attention as workloads grow.", PEOPLE_WELLBEING),
                issue(2, "Police files are too often incomplete when first submitted.", POLICE_FILE_QUALITY),
                issue(3, "The defence should be engaged earlier to narrow the issues.", DEFENCE_ENGAGEMENT),
                issue(4, "Victim communication needs to improve in timeliness and tone.", VICTIM_COMMUNICATION));
        return aai.commitment(
                        "ls-1",
                        1,
                        PEOPLE_WELLBEING,
                        "The HR business partner will run wellbeing sessions in every team.",
                        monthsAgo(28),
                        null)
                .assign(HRBP, null, daysAfter(monthsAgo(36), 7))
                .start(monthsAgo(35))
                .evidence(OTHER, monthsAgo(30), null, null, "Attendance records for the sessions.", null)
                .close("Sessions delivered across the Area.", monthsAgo(29))
                .and(
                        "ls-2",
                        2,
                        POLICE_FILE_QUALITY,
                        "The Chief Crown Prosecutor will agree a file quality improvement plan with both police forces.",
                        monthsAgo(26),
                        null,
                        AreaCode.LONDON_NORTH)
                .assign(CCP, null, daysAfter(monthsAgo(36), 7))
                .start(monthsAgo(35))
                .evidence(OTHER, monthsAgo(27), null, null, "Signed improvement plan.", "FQ-PLAN-1")
                .close("Plan agreed and monitored at the joint performance board.", daysAfter(monthsAgo(27), 25))
                .reopen("File quality fell again after the force reorganisation.", monthsAgo(2))
                .revise(inMonths(9), "A new plan is being agreed with the reorganised force.", monthsAgo(1))
                .and(
                        "ls-3",
                        3,
                        DEFENCE_ENGAGEMENT,
                        "Deputy chief crown prosecutors will hold quarterly meetings with local defence practitioners.",
                        monthsAgo(24),
                        null,
                        AreaCode.LONDON_NORTH)
                .assign(DCCP, null, daysAfter(monthsAgo(36), 7))
                .start(monthsAgo(34))
                .note("First two meetings held; attendance good.", monthsAgo(30))
                .evidence(OTHER, monthsAgo(25), null, null, "Minutes of four quarterly meetings.", "DEF-LS")
                .close("Meetings held every quarter for a year and now part of business as usual.", monthsAgo(24))
                .and(
                        "ls-4",
                        4,
                        VICTIM_COMMUNICATION,
                        "Senior managers will check a sample of victim letters each month for tone and timeliness.",
                        monthsAgo(24),
                        90,
                        AreaCode.LONDON_NORTH)
                .assign(SENIOR_MANAGER, null, daysAfter(monthsAgo(36), 7))
                .start(monthsAgo(35))
                .evidence(MANAGER_QUALITY_CHECK, monthsAgo(27), 50, 41, "Monthly letter check.", "VCL-LS-1")
                .withdraw("Replaced by the national victim communication programme.", monthsAgo(25))
                .load();
    }

    private int northEast() {
        DemoScript.Inspection aip = inspection(
                "north-east-aip-2021",
                AreaCode.NORTH_EAST,
                InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE,
                "Area inspection programme baseline: CPS North East",
                monthsAgo(2),
                Map.of(),
                issue(1, "Case analysis and strategy are not strong enough in reviews.", CASE_ANALYSIS_STRATEGY),
                issue(2, "Cases are not always ready for the first hearing.", FIRST_HEARING_PREPARATION),
                issue(3, "Victim communication letters need to improve.", VICTIM_COMMUNICATION));
        return aip.commitment(
                        "ne-1",
                        1,
                        CASE_ANALYSIS_STRATEGY,
                        "The Area will run a casework quality board that reviews IQA results every quarter.",
                        inMonths(10),
                        null)
                .assign(AREA, null, daysAfter(monthsAgo(2), 8))
                .start(monthsAgo(1))
                .and(
                        "ne-2",
                        2,
                        FIRST_HEARING_PREPARATION,
                        "Legal managers will check first-hearing readiness in a weekly dip sample.",
                        inMonths(6),
                        80)
                .assign(LEGAL_MANAGER, null, daysAfter(monthsAgo(2), 8))
                .and(
                        "ne-3",
                        3,
                        VICTIM_COMMUNICATION,
                        "The Area will give every victim letter a second reading by a trained colleague.",
                        inMonths(4),
                        null)
                .load();
    }

    private int northWest() {
        DemoScript.Inspection aai = inspection(
                "north-west-aai-2018",
                AreaCode.NORTH_WEST,
                InspectionKind.AREA_ASSURANCE_INSPECTION,
                "Area assurance inspection: CPS North West",
                monthsAgo(48),
                Map.of(
                        "Success of CPS People",
                        Rating.GOOD,
                        "Continuously Improving",
                        Rating.GOOD,
                        "Casework Quality",
                        Rating.FAIR,
                        "Public Confidence",
                        Rating.FAIR),
                issue(1, "Managers need to support staff through high workloads.", PEOPLE_WELLBEING),
                issue(2, "Performance data is not used well enough to drive improvement.", PERFORMANCE_DATA),
                issue(3, "Reviews need a clearer analysis of the case.", CASE_ANALYSIS_STRATEGY),
                issue(4, "Witness care arrangements need to be more reliable.", WITNESS_CARE),
                issue(5, "Disclosure handling needs to improve.", DISCLOSURE));
        return aai.commitment(
                        "nw-1",
                        1,
                        PEOPLE_WELLBEING,
                        "The Area Business Manager will introduce a workload review at each team meeting.",
                        monthsAgo(38),
                        null)
                .assign(ABM, null, daysAfter(monthsAgo(48), 6))
                .start(monthsAgo(47))
                .evidence(OTHER, monthsAgo(39), null, null, "Workload reviews recorded in team minutes.", null)
                .close("Reviews happen at every team meeting.", monthsAgo(38))
                .and(
                        "nw-2",
                        2,
                        PERFORMANCE_DATA,
                        "The Area Performance Manager will publish a monthly performance pack to every unit.",
                        monthsAgo(41),
                        null)
                .assign(APM, null, daysAfter(monthsAgo(48), 6))
                .start(daysAfter(monthsAgo(48), 20))
                .evidence(OTHER, monthsAgo(42), null, null, "Monthly packs issued since the spring.", "PERF-NW")
                .close("Packs issued monthly and discussed at unit meetings.", monthsAgo(41))
                .and(
                        "nw-3",
                        3,
                        CASE_ANALYSIS_STRATEGY,
                        "Senior district crown prosecutors will dip sample reviews for case analysis.",
                        monthsAgo(30),
                        80)
                .assign(SDCP, null, daysAfter(monthsAgo(48), 6))
                .start(monthsAgo(47))
                .evidence(DIP_SAMPLE, monthsAgo(38), 30, 21, "Quarterly dip sample of reviews.", "DS-NW-Q4")
                .and(
                        "nw-4",
                        4,
                        WITNESS_CARE,
                        "The paralegal business manager will agree a joint witness care protocol with the police.",
                        monthsAgo(6),
                        null)
                .assign(PBM, null, daysAfter(monthsAgo(48), 6))
                .start(monthsAgo(46))
                .note("Draft protocol shared with the police witness care unit.", monthsAgo(8))
                .and(
                        "nw-5",
                        5,
                        DISCLOSURE,
                        "Legal managers will check disclosure decisions in every contested trial listed each month.",
                        monthsAgo(12),
                        90)
                .assign(LEGAL_MANAGER, null, daysAfter(monthsAgo(48), 6))
                .load();
    }

    /*
     * Beyond the Areas (ADR 0014): a national thematic inspection answered by headquarters, its commitments owned by
     * national roles, and an inspection of CPS Direct. The national row is AMBER (an action due within the month and
     * not yet evidenced); CPS Direct's GREEN.
     */

    private int nationalDisclosureThematic() {
        DemoScript.Inspection thematic = inspection(
                "national-rasso-disclosure-thematic",
                AreaCode.NATIONAL,
                InspectionKind.THEMATIC,
                "Thematic inspection: disclosure in rape and serious sexual offence cases",
                monthsAgo(11),
                Map.of(),
                issue(
                        1,
                        "Prosecutors do not always record why material is or is not disclosable in sexual offence "
                                + "cases.",
                        DISCLOSURE),
                issue(
                        2,
                        "Requests to the police for third-party material, such as counselling notes, are not "
                                + "always focused on the issues in the case.",
                        DISCLOSURE),
                issue(
                        3,
                        "The CPS cannot yet show from its own data how well disclosure is handled in these cases.",
                        PERFORMANCE_DATA));
        return thematic.commitment(
                        "nat-1",
                        1,
                        DISCLOSURE,
                        "Headquarters will issue a disclosure record template for sexual offence cases to every Area.",
                        monthsAgo(5),
                        null)
                .assign(DIRECTOR_LEGAL_SERVICES, null, daysAfter(monthsAgo(11), 4))
                .start(monthsAgo(10))
                .evidence(OTHER, monthsAgo(6), null, null, "Template published on the casework hub.", "NAT-DR-01")
                .close("Template in use in every Area's rape and serious sexual offence unit.", monthsAgo(5))
                .and(
                        "nat-2",
                        1,
                        DISCLOSURE,
                        "The national lead for disclosure will sample disclosure records from every Area each quarter.",
                        inMonths(9),
                        85)
                .assign(NATIONAL_THEME_LEAD, "National disclosure lead", daysAfter(monthsAgo(11), 4))
                .start(monthsAgo(8))
                .evidence(
                        DIP_SAMPLE,
                        monthsAgo(2),
                        70,
                        56,
                        "Quarterly national sample of disclosure records.",
                        "NAT-DS-Q1")
                .and(
                        "nat-3",
                        2,
                        DISCLOSURE,
                        "The CPS will agree with police leaders a protocol on when third-party material is requested.",
                        inDays(25),
                        null)
                .assign(POLICY_DIRECTORATE, null, daysAfter(monthsAgo(11), 4))
                .start(monthsAgo(9))
                .note("Draft protocol shared with the national police lead for rape.", monthsAgo(3))
                .and(
                        "nat-4",
                        2,
                        DISCLOSURE,
                        "Operations will add third-party material requests to the refreshed rape training for prosecutors.",
                        inMonths(5),
                        null)
                .assign(OPERATIONS_DIRECTORATE, null, daysAfter(monthsAgo(11), 4))
                .and(
                        "nat-5",
                        3,
                        PERFORMANCE_DATA,
                        "The Chief Executive will have disclosure measures added to the national performance framework.",
                        inMonths(12),
                        null)
                .assign(CHIEF_EXECUTIVE, null, daysAfter(monthsAgo(11), 4))
                .load();
    }

    private int cpsDirect() {
        DemoScript.Inspection inspection = inspection(
                "cps-direct-inspection",
                AreaCode.CPS_DIRECT,
                InspectionKind.AREA_ASSURANCE_INSPECTION,
                "Inspection of CPS Direct",
                monthsAgo(7),
                Map.of(),
                issue(
                        1,
                        "Charging advice given out of hours does not always set out an action plan for the police.",
                        CASE_ANALYSIS_STRATEGY),
                issue(2, "Handover of urgent cases to the Areas in the morning is not consistent.", ORGANISATION));
        return inspection
                .commitment(
                        "cpsd-1",
                        1,
                        CASE_ANALYSIS_STRATEGY,
                        "Duty prosecutors' charging decisions will be checked each month for a clear police action plan.",
                        inMonths(5),
                        80)
                .assign(HEAD_OF_UNIT, null, daysAfter(monthsAgo(7), 5))
                .start(monthsAgo(6))
                .evidence(
                        MANAGER_QUALITY_CHECK,
                        monthsAgo(1),
                        40,
                        35,
                        "Monthly check of out-of-hours charging advice.",
                        "CPSD-MQC-06")
                .and(
                        "cpsd-2",
                        2,
                        ORGANISATION,
                        "CPS Direct will agree a single morning handover routine with every Area.",
                        inMonths(3),
                        null)
                .assign(HEAD_OF_UNIT, null, daysAfter(monthsAgo(7), 5))
                .start(monthsAgo(5))
                .load();
    }

    private LocalDate monthsAgo(int months) {
        return today.minusMonths(months);
    }

    private LocalDate inMonths(int months) {
        return today.plusMonths(months);
    }

    private LocalDate inDays(int days) {
        return today.plusDays(days);
    }

    private static LocalDate firstDayOfQuarter(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static LocalDate daysAfter(LocalDate date, int days) {
        return date.plusDays(days);
    }

    private DemoScript.Inspection inspection(
            String key,
            AreaCode area,
            InspectionKind kind,
            String title,
            LocalDate published,
            Map<String, Rating> ratings,
            IssueToAddress... issues) {
        String id = DemoScript.id(key);
        Optional<InspectionState> loaded = inspections.find(id);
        if (loaded.isPresent()) {
            // loaded on an earlier day: its dates stay as they were recorded
            return new DemoScript.Inspection(commitments, id, area, loaded.get().publishedOn());
        }
        inspections.record(new RecordInspection(id, area, kind, title, published, ratings, List.of(issues)));
        return new DemoScript.Inspection(commitments, id, area, published);
    }

    private static IssueToAddress issue(int number, String text, Theme theme) {
        return new IssueToAddress(number, text, theme);
    }
}
