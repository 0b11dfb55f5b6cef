package dev.commitmenttracker.commitment;

import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Commitment aggregate for CPS units beyond the Areas (ADR 0014): any unit leads a commitment, any owner role owns
 * one, and a joint commitment is between Areas only.
 */
class CommitmentUnitsTest {

    static final String ID = "8d9e3f10-52a4-4c1b-9d0e-3b7a1c2d4e5f";
    static final LocalDate COMMITTED_ON = LocalDate.of(2024, 2, 1);
    static final LocalDate DUE = LocalDate.of(2025, 1, 31);

    FixtureConfiguration<Commitment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commitment.class);
    }

    static RecordCommitment record(AreaCode unit, List<AreaCode> jointWith) {
        return new RecordCommitment(
                ID,
                unit,
                jointWith,
                null,
                null,
                Theme.DISCLOSURE,
                "Headquarters will publish revised disclosure guidance for every unit.",
                COMMITTED_ON,
                DUE,
                null);
    }

    static CommitmentRecorded recorded(AreaCode unit) {
        return new CommitmentRecorded(
                ID,
                unit,
                List.of(),
                null,
                null,
                Theme.DISCLOSURE,
                "Headquarters will publish revised disclosure guidance for every unit.",
                COMMITTED_ON,
                DUE,
                null);
    }

    @Test
    void givenNothing_whenRecordNational_thenRecordedAsNational() {
        fixture.givenNoPriorActivity()
                .when(record(AreaCode.NATIONAL, List.of()))
                .expectEvents(recorded(AreaCode.NATIONAL));
    }

    @Test
    void givenNothing_whenRecordForCpsDirect_thenRecorded() {
        fixture.givenNoPriorActivity()
                .when(record(AreaCode.CPS_DIRECT, List.of()))
                .expectEvents(recorded(AreaCode.CPS_DIRECT));
    }

    static final String NOT_JOINT =
            "Only an Area's commitment can be joint: NATIONAL is not an Area, so it names no " + "joint Areas.";
    static final String AREAS_ONLY =
            "Joint commitments are between Areas only: national, CPS Direct and division commitments are not joint.";

    @Test
    void givenNothing_whenRecordNationalJointWithAnArea_thenRefusedJointAreasOnly() {
        fixture.givenNoPriorActivity()
                .when(record(AreaCode.NATIONAL, List.of(AreaCode.WESSEX)))
                .expectNoEvents()
                .expectException(CommitmentTest.refusal("validation.joint-areas-only", "jointWith", NOT_JOINT));
    }

    @Test
    void givenNothing_whenRecordAreaJointWithNational_thenRefusedJointAreasOnly() {
        fixture.givenNoPriorActivity()
                .when(record(AreaCode.WESSEX, List.of(AreaCode.NATIONAL)))
                .expectNoEvents()
                .expectException(CommitmentTest.refusal("validation.joint-areas-only", "jointWith", AREAS_ONLY));
    }

    @Test
    void givenNothing_whenRecordAreaJointWithAnAreaAndADivision_thenRefusedJointAreasOnly() {
        fixture.givenNoPriorActivity()
                .when(record(AreaCode.WESSEX, List.of(AreaCode.LONDON_NORTH, AreaCode.SFD)))
                .expectNoEvents()
                .expectException(CommitmentTest.refusal("validation.joint-areas-only", "jointWith", AREAS_ONLY));
    }

    @Test
    void givenNothing_whenRecordAreaJointWithAreas_thenRecorded() {
        RecordCommitment joint = record(AreaCode.WESSEX, List.of(AreaCode.SOUTH_WEST));
        fixture.givenNoPriorActivity()
                .when(joint)
                .expectEvents(new CommitmentRecorded(
                        ID,
                        AreaCode.WESSEX,
                        List.of(AreaCode.SOUTH_WEST),
                        null,
                        null,
                        Theme.DISCLOSURE,
                        joint.text(),
                        COMMITTED_ON,
                        DUE,
                        null));
    }

    @Test
    void givenNationalRecorded_whenAssignToNationalThemeLead_thenAssigned() {
        LocalDate on = COMMITTED_ON.plusDays(3);
        fixture.given(recorded(AreaCode.NATIONAL))
                .when(new AssignCommitment(ID, OwnerRole.NATIONAL_THEME_LEAD, "National disclosure lead", on, null))
                .expectEvents(
                        new CommitmentAssigned(ID, OwnerRole.NATIONAL_THEME_LEAD, "National disclosure lead", on));
    }

    @Test
    void givenAreaRecorded_whenAssignToDirectorOfLegalServices_thenAssigned() {
        LocalDate on = COMMITTED_ON.plusDays(3);
        fixture.given(recorded(AreaCode.WESSEX))
                .when(new AssignCommitment(ID, OwnerRole.DIRECTOR_LEGAL_SERVICES, null, on, null))
                .expectEvents(new CommitmentAssigned(ID, OwnerRole.DIRECTOR_LEGAL_SERVICES, null, on));
    }
}
