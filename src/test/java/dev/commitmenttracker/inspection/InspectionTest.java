package dev.commitmenttracker.inspection;

import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionRecorded;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.inspection.api.RecordInspection;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Inspection aggregate: recorded once, with valid numbered issues. */
class InspectionTest {

    static final String ID = "8b0f0e8e-1c61-4a2a-b1f5-0b7f7d2a6a10";
    static final LocalDate PUBLISHED = LocalDate.of(2018, 10, 25);

    FixtureConfiguration<Inspection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inspection.class);
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
