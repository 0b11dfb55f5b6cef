package dev.commitmenttracker.demo;

import static dev.commitmenttracker.shared.AssuranceMethod.CASE_MANAGEMENT_PANEL;
import static dev.commitmenttracker.shared.AssuranceMethod.DIP_SAMPLE;
import static dev.commitmenttracker.shared.AssuranceMethod.IQA;
import static dev.commitmenttracker.shared.AssuranceMethod.MANAGER_QUALITY_CHECK;
import static dev.commitmenttracker.shared.AssuranceMethod.OTHER;
import static dev.commitmenttracker.shared.AssuranceMethod.QUALITY_FORUM;
import static dev.commitmenttracker.shared.OwnerRole.ABM;
import static dev.commitmenttracker.shared.OwnerRole.APM;
import static dev.commitmenttracker.shared.OwnerRole.AREA;
import static dev.commitmenttracker.shared.OwnerRole.CCP;
import static dev.commitmenttracker.shared.OwnerRole.DCCP;
import static dev.commitmenttracker.shared.OwnerRole.DISCLOSURE_CHAMPION;
import static dev.commitmenttracker.shared.OwnerRole.HRBP;
import static dev.commitmenttracker.shared.OwnerRole.LEGAL_MANAGER;
import static dev.commitmenttracker.shared.OwnerRole.NATIONAL;
import static dev.commitmenttracker.shared.OwnerRole.PBM;
import static dev.commitmenttracker.shared.OwnerRole.SDCP;
import static dev.commitmenttracker.shared.OwnerRole.SENIOR_MANAGER;
import static dev.commitmenttracker.shared.Theme.CASE_ANALYSIS_STRATEGY;
import static dev.commitmenttracker.shared.Theme.DEFENCE_ENGAGEMENT;
import static dev.commitmenttracker.shared.Theme.DISCLOSURE;
import static dev.commitmenttracker.shared.Theme.FIRST_HEARING_PREPARATION;
import static dev.commitmenttracker.shared.Theme.PEOPLE_WELLBEING;
import static dev.commitmenttracker.shared.Theme.PERFORMANCE_DATA;
import static dev.commitmenttracker.shared.Theme.POLICE_FILE_QUALITY;
import static dev.commitmenttracker.shared.Theme.VICTIM_COMMUNICATION;
import static dev.commitmenttracker.shared.Theme.WITNESS_CARE;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.inspection.InspectionService;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.inspection.api.RecordInspection;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * the product was conceived from, with inspections, issues to address and commitments at realistic stages, in the
 * project's own words. Every act goes through the services a user drives, as the login {@code demo-data}. Ids are
 * fixed, so loading again changes nothing. Off with {@code tracker.demo-data.enabled=false} (off in tests and in
 * production).
 */
@Component
@ConditionalOnProperty(name = "tracker.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String LOGIN = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final InspectionService inspections;
    private final CommitmentService commitments;

    DemoData(InspectionService inspections, CommitmentService commitments) {
        this.inspections = inspections;
        this.commitments = commitments;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(LOGIN, null,
                AuthorityUtils.createAuthorityList("ROLE_NATIONAL_LEAD")));
        try {
            int loaded = londonNorth() + southWest() + londonSouth() + northEast() + northWest();
            log.info("Demo data: {} commitments recorded now (0 means they were already there).", loaded);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int londonNorth() {
        DemoScript.Inspection aip = inspection("london-north-aip-2022", AreaCode.LONDON_NORTH, InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE,
                "Area inspection programme baseline: CPS London North", "2022-05-17", Map.of(),
                issue(1, "Reviews before charge do not set out a clear case strategy often enough.", CASE_ANALYSIS_STRATEGY),
                issue(2, "Disclosure of unused material is not handled well enough in magistrates' court cases.", DISCLOSURE),
                issue(3, "Preparation for the first hearing needs to be more thorough.", FIRST_HEARING_PREPARATION),
                issue(4, "Letters to victims are late and their quality varies.", VICTIM_COMMUNICATION));
        return aip.commitment("ln-1", 1, CASE_ANALYSIS_STRATEGY, "Every lawyer will attend refreshed training on writing a case analysis and strategy.",
                        "2022-12-31", null)
                .assign(AREA, null, "2022-05-20").start("2022-06-01")
                .note("Two training rounds delivered; the third is booked for the autumn.", "2022-07-15")
                .evidence(IQA, "2022-11-30", 40, 31, "IQA round covering pre-charge reviews.", "IQA-LN-22Q4")
                .close("Training delivered to every lawyer and IQA shows the improvement holding.", "2023-01-20")
                .and("ln-2", 1, CASE_ANALYSIS_STRATEGY, "Legal managers will check a sample of pre-charge reviews each month for a clear strategy.",
                        "2023-06-30", 80)
                .assign(LEGAL_MANAGER, "Priya Shah", "2022-05-20").start("2022-06-01")
                .evidence(DIP_SAMPLE, "2022-09-30", 20, 13, "Monthly dip sample, September.", "DS-LN-0922")
                .evidence(DIP_SAMPLE, "2023-03-31", 20, 15, "Monthly dip sample, March.", "DS-LN-0323")
                .revise("2027-03-31", "Recruitment of two legal managers delayed the sampling.", "2023-06-15")
                .and("ln-3", 2, DISCLOSURE, "The Area will name a disclosure champion in each magistrates' court team.", "2022-09-30", null)
                .assign(DISCLOSURE_CHAMPION, null, "2022-05-25").start("2022-06-10")
                .evidence(OTHER, "2022-09-01", null, null, "List of champions published on the Area intranet.", null)
                .close("A champion is in place in every team.", "2022-09-20")
                .and("ln-4", 2, DISCLOSURE, "Disclosure champions will dip sample disclosure schedules in a tenth of trial cases.", "2026-12-10", 85)
                .assign(DISCLOSURE_CHAMPION, null, "2022-09-20").start("2022-10-01")
                .evidence(DIP_SAMPLE, "2023-01-31", 30, 24, "Quarterly disclosure dip sample.", "DS-LN-DISC-Q1")
                .and("ln-5", 3, FIRST_HEARING_PREPARATION, "Legal managers will review the first-hearing preparation of new cases at weekly team meetings.",
                        "2023-03-31", null)
                .assign(LEGAL_MANAGER, null, "2022-06-01")
                .and("ln-6", 4, VICTIM_COMMUNICATION, "The CPS nationally will introduce new template letters to victims.", "2022-12-31", null)
                .assign(NATIONAL, null, "2022-05-20").start("2022-06-01")
                .evidence(OTHER, "2022-12-01", null, null, "New templates in use by prosecutors.", null)
                .close("Templates rolled out nationally.", "2022-12-15")
                .load();
    }

    private int southWest() {
        DemoScript.Inspection aip = inspection("south-west-aip-2022", AreaCode.SOUTH_WEST, InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE,
                "Area inspection programme baseline: CPS South West", "2022-08-10", Map.of(),
                issue(1, "Case strategy and analysis need to improve before and after charge.", CASE_ANALYSIS_STRATEGY),
                issue(2, "Compliance with disclosure obligations needs to improve.", DISCLOSURE),
                issue(3, "Letters to victims need to be better and on time.", VICTIM_COMMUNICATION));
        return aip.commitment("sw-1", 1, CASE_ANALYSIS_STRATEGY, "Each casework unit will work to its own plan under the Area's casework quality strategy.",
                        "2023-08-31", null)
                .assign(AREA, null, "2022-08-15").start("2022-09-01")
                .note("Plans agreed with every unit head.", "2022-10-03")
                .and("sw-2", 1, CASE_ANALYSIS_STRATEGY, "Legal managers will assess case analysis through IQA, dip samples and case management panels.",
                        "2026-12-31", 75)
                .assign(LEGAL_MANAGER, null, "2022-08-15").start("2022-09-01")
                .evidence(IQA, "2023-03-31", 36, 25, "IQA of Crown Court and magistrates' reviews.", "IQA-SW-23Q1")
                .evidence(CASE_MANAGEMENT_PANEL, "2023-05-12", null, null, "Panel reviewed six complex cases.", "CMP-SW-05")
                .and("sw-3", 2, DISCLOSURE, "Disclosure champions will sample disclosure decisions with IQA and dip checks.", "2023-06-30", 90)
                .assign(DISCLOSURE_CHAMPION, null, "2022-08-15").start("2022-09-01")
                .evidence(DIP_SAMPLE, "2023-02-28", 25, 23, "Dip check of unused material schedules.", "DS-SW-0223")
                .close("Compliance above target for two quarters.", "2023-07-05")
                .and("sw-4", 2, DISCLOSURE, "The Area will raise disclosure failures with police at the joint operational improvement meetings.",
                        "2023-03-31", null)
                .assign(AREA, null, "2022-08-15").start("2022-09-01")
                .revise("2024-03-31", "Police force restructure postponed the meetings.", "2023-03-20")
                .and("sw-5", 3, VICTIM_COMMUNICATION, "The CPS nationally will act on its research into what victims need from its letters.",
                        "2024-06-30", null)
                .assign(NATIONAL, null, "2022-08-15")
                .load();
    }

    private int londonSouth() {
        DemoScript.Inspection aai = inspection("london-south-aai-2018", AreaCode.LONDON_SOUTH, InspectionKind.AREA_ASSURANCE_INSPECTION,
                "Area assurance inspection: CPS London South", "2018-10-25",
                Map.of("Success of CPS People", Rating.EXCELLENT, "Continuously Improving", Rating.GOOD, "Casework Quality", Rating.FAIR,
                        "Public Confidence", Rating.FAIR),
                issue(1, "Staff wellbeing needs more attention as workloads grow.", PEOPLE_WELLBEING),
                issue(2, "Police files are too often incomplete when first submitted.", POLICE_FILE_QUALITY),
                issue(3, "The defence should be engaged earlier to narrow the issues.", DEFENCE_ENGAGEMENT),
                issue(4, "Victim communication needs to improve in timeliness and tone.", VICTIM_COMMUNICATION));
        return aai.commitment("ls-1", 1, PEOPLE_WELLBEING, "The HR business partner will run wellbeing sessions in every team.", "2019-06-30", null)
                .assign(HRBP, null, "2018-11-01").start("2018-11-15")
                .evidence(OTHER, "2019-05-31", null, null, "Attendance records for the sessions.", null)
                .close("Sessions delivered across the Area.", "2019-06-20")
                .and("ls-2", 2, POLICE_FILE_QUALITY, "The Chief Crown Prosecutor will agree a file quality improvement plan with both police forces.",
                        "2019-09-30", null, AreaCode.LONDON_NORTH)
                .assign(CCP, null, "2018-11-01").start("2018-12-01")
                .evidence(OTHER, "2019-08-30", null, null, "Signed improvement plan.", "FQ-PLAN-2019")
                .close("Plan agreed and monitored at the joint performance board.", "2019-09-25")
                .reopen("File quality fell again after the force reorganisation.", "2020-03-02")
                .and("ls-3", 3, DEFENCE_ENGAGEMENT, "Deputy chief crown prosecutors will hold quarterly meetings with local defence practitioners.",
                        "2019-12-31", null, AreaCode.LONDON_NORTH)
                .assign(DCCP, null, "2018-11-01").start("2019-01-10")
                .note("First two meetings held; attendance good.", "2019-06-15")
                .and("ls-4", 4, VICTIM_COMMUNICATION, "Senior managers will check a sample of victim letters each month for tone and timeliness.",
                        "2019-12-31", 90, AreaCode.LONDON_NORTH)
                .assign(SENIOR_MANAGER, null, "2018-11-01").start("2018-11-20")
                .evidence(MANAGER_QUALITY_CHECK, "2019-10-31", 50, 41, "Monthly letter check, October.", "VCL-LS-1019")
                .withdraw("Replaced by the national victim communication programme.", "2021-01-15")
                .load();
    }

    private int northEast() {
        DemoScript.Inspection aip = inspection("north-east-aip-2021", AreaCode.NORTH_EAST, InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE,
                "Area inspection programme baseline: CPS North East", "2021-10-12", Map.of(),
                issue(1, "Case analysis and strategy are not strong enough in reviews.", CASE_ANALYSIS_STRATEGY),
                issue(2, "Cases are not always ready for the first hearing.", FIRST_HEARING_PREPARATION),
                issue(3, "Victim communication letters need to improve.", VICTIM_COMMUNICATION));
        return aip.commitment("ne-1", 1, CASE_ANALYSIS_STRATEGY, "The Area will run a casework quality board that reviews IQA results every quarter.",
                        "2022-10-31", null)
                .assign(AREA, null, "2021-10-20").start("2021-11-01")
                .evidence(QUALITY_FORUM, "2022-04-28", null, null, "Board minutes for the second quarter.", "CQB-NE-04")
                .close("The board meets quarterly and acts on IQA findings.", "2022-11-10")
                .and("ne-2", 2, FIRST_HEARING_PREPARATION, "Legal managers will check first-hearing readiness in a weekly dip sample.", "2022-06-30", 80)
                .assign(LEGAL_MANAGER, null, "2021-10-20").start("2021-11-01")
                .evidence(DIP_SAMPLE, "2022-05-31", 25, 17, "Weekly readiness sample, May.", "DS-NE-0522")
                .and("ne-3", 3, VICTIM_COMMUNICATION, "The Area will give every victim letter a second reading by a trained colleague.", "2022-03-31", null)
                .assign(AREA, null, "2021-10-20")
                .load();
    }

    private int northWest() {
        DemoScript.Inspection aai = inspection("north-west-aai-2018", AreaCode.NORTH_WEST, InspectionKind.AREA_ASSURANCE_INSPECTION,
                "Area assurance inspection: CPS North West", "2018-02-27",
                Map.of("Success of CPS People", Rating.GOOD, "Continuously Improving", Rating.GOOD, "Casework Quality", Rating.FAIR,
                        "Public Confidence", Rating.FAIR),
                issue(1, "Managers need to support staff through high workloads.", PEOPLE_WELLBEING),
                issue(2, "Performance data is not used well enough to drive improvement.", PERFORMANCE_DATA),
                issue(3, "Reviews need a clearer analysis of the case.", CASE_ANALYSIS_STRATEGY),
                issue(4, "Witness care arrangements need to be more reliable.", WITNESS_CARE),
                issue(5, "Disclosure handling needs to improve.", DISCLOSURE));
        return aai.commitment("nw-1", 1, PEOPLE_WELLBEING, "The Area Business Manager will introduce a workload review at each team meeting.",
                        "2018-12-31", null)
                .assign(ABM, null, "2018-03-05").start("2018-04-01")
                .evidence(OTHER, "2018-11-30", null, null, "Workload reviews recorded in team minutes.", null)
                .close("Reviews happen at every team meeting.", "2019-01-15")
                .and("nw-2", 2, PERFORMANCE_DATA, "The Area Performance Manager will publish a monthly performance pack to every unit.", "2018-09-30", null)
                .assign(APM, null, "2018-03-05").start("2018-03-20")
                .evidence(OTHER, "2018-09-15", null, null, "Monthly packs issued since April.", "PERF-NW")
                .close("Packs issued monthly and discussed at unit meetings.", "2018-10-01")
                .and("nw-3", 3, CASE_ANALYSIS_STRATEGY, "Senior district crown prosecutors will dip sample reviews for case analysis.", "2019-03-31", 80)
                .assign(SDCP, null, "2018-03-05").start("2018-04-01")
                .evidence(DIP_SAMPLE, "2018-12-31", 30, 21, "Quarterly dip sample of reviews.", "DS-NW-18Q4")
                .revise("2019-09-30", "Sampling paused during the case management system upgrade.", "2019-03-15")
                .and("nw-4", 4, WITNESS_CARE, "The paralegal business manager will agree a joint witness care protocol with the police.", "2018-12-31", null)
                .assign(PBM, null, "2018-03-05").start("2018-05-01")
                .note("Draft protocol shared with the police witness care unit.", "2018-08-10")
                .and("nw-5", 5, DISCLOSURE, "Legal managers will check disclosure decisions in every contested trial listed each month.", "2019-06-30", 90)
                .assign(LEGAL_MANAGER, null, "2018-03-05")
                .load();
    }

    private DemoScript.Inspection inspection(String key, AreaCode area, InspectionKind kind, String title, String published,
                                             Map<String, Rating> ratings, IssueToAddress... issues) {
        String id = DemoScript.id(key);
        inspections.record(new RecordInspection(id, area, kind, title, LocalDate.parse(published), ratings, List.of(issues)));
        return new DemoScript.Inspection(commitments, id, area, LocalDate.parse(published));
    }

    private static IssueToAddress issue(int number, String text, Theme theme) {
        return new IssueToAddress(number, text, theme);
    }
}
