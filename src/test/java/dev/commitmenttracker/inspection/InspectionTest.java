package dev.commitmenttracker.inspection;

import dev.commitmenttracker.inspection.api.FindingGrade;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionRecorded;
import dev.commitmenttracker.inspection.api.InspectionState;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.inspection.api.RecordInspection;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Inspection aggregate: recorded once, with valid numbered issues. */
class InspectionTest {

    static final String ID = "8b0f0e8e-1c61-4a2a-b1f5-0b7f7d2a6a10";
    static final LocalDate PUBLISHED = LocalDate.of(2018, 10, 25);

    static final String EARLIER = "5d7c1b7e-3f0a-4c55-9a0e-2f6b8d4c1e20";
    static final LocalDate EARLIER_PUBLISHED = LocalDate.of(2016, 6, 2);

    FixtureConfiguration<Inspection> fixture;
    final Map<String, InspectionState> published = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inspection.class);
        fixture.registerInjectableResource((PublishedInspections) id -> Optional.ofNullable(published.get(id)));
        published.put(
                EARLIER,
                InspectionState.of(new InspectionRecorded(
                        EARLIER,
                        AreaCode.WESSEX,
                        InspectionKind.THEMATIC,
                        "Thematic review of victim letters",
                        EARLIER_PUBLISHED,
                        Map.of(),
                        List.of(
                                new IssueToAddress(
                                        1,
                                        "Letters to victims explain the decision plainly.",
                                        Theme.VICTIM_COMMUNICATION,
                                        FindingKind.RECOMMENDATION,
                                        true,
                                        null),
                                new IssueToAddress(
                                        2,
                                        "Officers tell the prosecutor when a victim asks for a review.",
                                        Theme.VICTIM_COMMUNICATION,
                                        FindingKind.RECOMMENDATION,
                                        false,
                                        "Police forces"),
                                new IssueToAddress(1, "Quality checks of letters.", Theme.VICTIM_COMMUNICATION)))));
    }

    private static RecordInspection followUp(
            String followsUp, AreaCode area, LocalDate publishedOn, List<FindingGrade> grades) {
        return new RecordInspection(
                ID, area, InspectionKind.FOLLOW_UP, "Follow-up", publishedOn, Map.of(), List.of(), followsUp, grades);
    }

    /** A refusal of this field for this reason ({@code validation.<reason>}). */
    private static Matcher<RuleViolation> refusedOn(String field, String reason) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return field.equals(violation.field()) && ("validation." + reason).equals(violation.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refusal of " + field + " as validation." + reason);
            }
        };
    }

    @Test
    void givenNothing_whenRecommendationAndIssueShareANumber_thenRecordedWithTheirKinds() {
        List<IssueToAddress> findings = List.of(
                new IssueToAddress(
                        4,
                        "Train staff in the new guidance.",
                        Theme.DISCLOSURE,
                        FindingKind.RECOMMENDATION,
                        null,
                        null),
                new IssueToAddress(4, "Disclosure records are incomplete.", Theme.DISCLOSURE),
                new IssueToAddress(
                        1, "Share data with the court.", Theme.OTHER, FindingKind.RECOMMENDATION, false, " HMCTS "));
        fixture.givenNoPriorActivity()
                .when(new RecordInspection(
                        ID, AreaCode.NATIONAL, InspectionKind.THEMATIC, "Thematic", PUBLISHED, Map.of(), findings))
                .expectEvents(new InspectionRecorded(
                        ID,
                        AreaCode.NATIONAL,
                        InspectionKind.THEMATIC,
                        "Thematic",
                        PUBLISHED,
                        Map.of(),
                        List.of(
                                new IssueToAddress(
                                        4,
                                        "Train staff in the new guidance.",
                                        Theme.DISCLOSURE,
                                        FindingKind.RECOMMENDATION,
                                        true,
                                        null),
                                new IssueToAddress(
                                        4,
                                        "Disclosure records are incomplete.",
                                        Theme.DISCLOSURE,
                                        FindingKind.ISSUE_TO_ADDRESS,
                                        true,
                                        null),
                                new IssueToAddress(
                                        1,
                                        "Share data with the court.",
                                        Theme.OTHER,
                                        FindingKind.RECOMMENDATION,
                                        false,
                                        "HMCTS"))));
    }

    @Test
    void givenNothing_whenRecommendationNumbersRepeat_thenRefused() {
        List<IssueToAddress> findings = List.of(
                new IssueToAddress(2, "One.", Theme.DISCLOSURE, FindingKind.RECOMMENDATION, true, null),
                new IssueToAddress(2, "Again.", Theme.OTHER, FindingKind.RECOMMENDATION, false, "Police"));
        fixture.givenNoPriorActivity()
                .when(new RecordInspection(
                        ID, AreaCode.NATIONAL, InspectionKind.THEMATIC, "Thematic", PUBLISHED, Map.of(), findings))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Recommendation 2 is given twice.");
    }

    @Test
    void givenAnEarlierInspection_whenFollowUpGradesItsFindings_thenRecordedWithTheLinkAndGrades() {
        List<FindingGrade> grades = List.of(
                new FindingGrade(
                        FindingKind.RECOMMENDATION, 1, FollowUpGrade.PARTIALLY_ACHIEVED, " Most letters now do. "),
                new FindingGrade(FindingKind.RECOMMENDATION, 2, FollowUpGrade.NOT_ACHIEVED, null),
                new FindingGrade(null, 1, FollowUpGrade.GOOD_PROGRESS, ""));
        fixture.givenNoPriorActivity()
                .when(followUp(EARLIER, AreaCode.WESSEX, PUBLISHED, grades))
                .expectEvents(new InspectionRecorded(
                        ID,
                        AreaCode.WESSEX,
                        InspectionKind.FOLLOW_UP,
                        "Follow-up",
                        PUBLISHED,
                        Map.of(),
                        List.of(),
                        EARLIER,
                        List.of(
                                new FindingGrade(
                                        FindingKind.RECOMMENDATION,
                                        1,
                                        FollowUpGrade.PARTIALLY_ACHIEVED,
                                        "Most letters now do."),
                                new FindingGrade(FindingKind.RECOMMENDATION, 2, FollowUpGrade.NOT_ACHIEVED, null),
                                new FindingGrade(FindingKind.ISSUE_TO_ADDRESS, 1, FollowUpGrade.GOOD_PROGRESS, null))));
    }

    @Test
    void givenNothing_whenFollowUpOfAnUnknownInspection_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(followUp("0e6f3c1a-9d1b-4a8e-8f3e-6c2a9b7d5e41", AreaCode.WESSEX, PUBLISHED, List.of()))
                .expectNoEvents()
                .expectException(refusedOn("followsUp", "unknown-inspection"));
    }

    @Test
    void givenAnEarlierInspection_whenFollowUpIsOfAnotherUnit_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(followUp(EARLIER, AreaCode.MERSEY_CHESHIRE, PUBLISHED, List.of()))
                .expectNoEvents()
                .expectException(refusedOn("followsUp", "other-unit"));
    }

    @Test
    void givenAnEarlierInspection_whenFollowUpIsPublishedNoLater_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(followUp(EARLIER, AreaCode.WESSEX, EARLIER_PUBLISHED, List.of()))
                .expectNoEvents()
                .expectException(refusedOn("followsUp", "not-earlier"));
    }

    @Test
    void givenAnEarlierInspection_whenFollowUpGradesAFindingItDoesNotHave_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(followUp(
                        EARLIER,
                        AreaCode.WESSEX,
                        PUBLISHED,
                        List.of(new FindingGrade(FindingKind.ASPECT_FOR_IMPROVEMENT, 1, FollowUpGrade.ACHIEVED, null))))
                .expectNoEvents()
                .expectException(refusedOn("grades[0].number", "unknown-finding"));
    }

    @Test
    void givenAnEarlierInspection_whenFollowUpGradesAFindingTwice_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(followUp(
                        EARLIER,
                        AreaCode.WESSEX,
                        PUBLISHED,
                        List.of(
                                new FindingGrade(FindingKind.RECOMMENDATION, 1, FollowUpGrade.ACHIEVED, null),
                                new FindingGrade(FindingKind.RECOMMENDATION, 1, FollowUpGrade.NOT_ACHIEVED, null))))
                .expectNoEvents()
                .expectException(refusedOn("grades[1].number", "duplicate"));
    }

    @Test
    void givenAnEarlierInspection_whenAThematicInspectionNamesIt_thenRefusedNotAFollowUp() {
        fixture.givenNoPriorActivity()
                .when(new RecordInspection(
                        ID,
                        AreaCode.WESSEX,
                        InspectionKind.THEMATIC,
                        "Thematic",
                        PUBLISHED,
                        Map.of(),
                        List.of(),
                        EARLIER,
                        null))
                .expectNoEvents()
                .expectException(refusedOn("followsUp", "not-follow-up"));
    }

    @Test
    void givenNothing_whenRecord_thenRecordedWithRatingsAndIssues() {
        List<IssueToAddress> issues = List.of(new IssueToAddress(1, "Disclosure needs to improve.", Theme.DISCLOSURE));
        fixture.givenNoPriorActivity()
                .when(new RecordInspection(
                        ID,
                        AreaCode.LONDON_SOUTH,
                        InspectionKind.AREA_ASSURANCE_INSPECTION,
                        " Area assurance inspection ",
                        PUBLISHED,
                        Map.of("Casework Quality", Rating.FAIR),
                        issues))
                .expectEvents(new InspectionRecorded(
                        ID,
                        AreaCode.LONDON_SOUTH,
                        InspectionKind.AREA_ASSURANCE_INSPECTION,
                        "Area assurance inspection",
                        PUBLISHED,
                        Map.of("Casework Quality", Rating.FAIR),
                        issues));
    }

    @Test
    void givenNothing_whenIssueNumbersRepeat_thenRefused() {
        List<IssueToAddress> issues =
                List.of(new IssueToAddress(1, "One.", Theme.DISCLOSURE), new IssueToAddress(1, "Again.", Theme.OTHER));
        fixture.givenNoPriorActivity()
                .when(new RecordInspection(
                        ID, AreaCode.LONDON_SOUTH, InspectionKind.FOLLOW_UP, "Follow-up", PUBLISHED, Map.of(), issues))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Issue number 1 is given twice.");
    }

    @Test
    void givenNothing_whenIssueHasNoTheme_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordInspection(
                        ID,
                        AreaCode.WESSEX,
                        InspectionKind.THEMATIC,
                        "Thematic",
                        PUBLISHED,
                        null,
                        List.of(new IssueToAddress(1, "Something.", null))))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }

    @Test
    void givenNothing_whenNoTitle_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordInspection(
                        ID, AreaCode.WESSEX, InspectionKind.THEMATIC, " ", PUBLISHED, null, List.of()))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }
}
