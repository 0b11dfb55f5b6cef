package dev.commitmenttracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.commitment.api.CloseCommitment;
import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.commitment.api.JudgeFollowUp;
import dev.commitmenttracker.commitment.api.NoteProgress;
import dev.commitmenttracker.commitment.api.PlanAssurance;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.commitment.api.RecordEvidence;
import dev.commitmenttracker.commitment.api.ReopenCommitment;
import dev.commitmenttracker.commitment.api.ReviseDueDate;
import dev.commitmenttracker.commitment.api.StartWork;
import dev.commitmenttracker.commitment.api.TransitionRefused;
import dev.commitmenttracker.commitment.api.WithdrawCommitment;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Commitment aggregate: given past events, when one command, then the new events or the refusal. */
class CommitmentTest {

    static final String ID = "2f0c7a52-4d1e-4d59-9a8a-6f3f2b0f9c11";
    static final LocalDate COMMITTED_ON = LocalDate.of(2022, 5, 10);
    static final LocalDate DUE = LocalDate.of(2023, 3, 31);
    static final LocalDate DAY = LocalDate.of(2022, 6, 1);
    static final String FOLLOW_UP_INSPECTION = "7e2d4c6b-1a3f-4e5d-9c8b-2f1e0d3c4b5a";

    FixtureConfiguration<Commitment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commitment.class);
    }

    static RecordCommitment record() {
        return new RecordCommitment(
                ID,
                AreaCode.LONDON_SOUTH,
                List.of(AreaCode.LONDON_NORTH),
                null,
                null,
                Theme.DISCLOSURE,
                "Legal managers will dip sample disclosure schedules every month.",
                COMMITTED_ON,
                DUE,
                null);
    }

    static CommitmentRecorded recorded(Integer targetCompliance) {
        return new CommitmentRecorded(
                ID,
                AreaCode.LONDON_SOUTH,
                List.of(AreaCode.LONDON_NORTH),
                null,
                null,
                Theme.DISCLOSURE,
                "Legal managers will dip sample disclosure schedules every month.",
                COMMITTED_ON,
                DUE,
                targetCompliance);
    }

    static final CommitmentAssigned ASSIGNED = new CommitmentAssigned(ID, OwnerRole.LEGAL_MANAGER, null, COMMITTED_ON);
    static final WorkStarted STARTED = new WorkStarted(ID, DAY);

    static EvidenceRecorded sample(int size, int compliant) {
        return new EvidenceRecorded(
                ID, AssuranceMethod.DIP_SAMPLE, DAY, size, compliant, "Dip sample of ten cases.", null, DAY);
    }

    static RecordEvidence recordSample(Integer size, Integer compliant) {
        return new RecordEvidence(
                ID, AssuranceMethod.DIP_SAMPLE, DAY, size, compliant, "Dip sample of ten cases.", null, DAY, null);
    }

    /** A refusal with exactly this code, field and message. */
    static Matcher<RuleViolation> refusal(String code, String field, String message) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return code.equals(violation.code())
                        && java.util.Objects.equals(field, violation.field())
                        && message.equals(violation.getMessage());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal " + code + " of field " + field + ": " + message);
            }
        };
    }

    @Nested
    class Recording {

        @Test
        void givenNothing_whenRecord_thenCommitted() {
            fixture.givenNoPriorActivity().when(record()).expectEvents(recorded(null));
        }

        @Test
        void givenNothing_whenRecordAnsweringARecommendation_thenRecordedWithItsKind() {
            String inspection = "4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
            fixture.givenNoPriorActivity()
                    .when(new RecordCommitment(
                            ID,
                            AreaCode.NATIONAL,
                            List.of(),
                            inspection,
                            3,
                            Theme.DISCLOSURE,
                            "Publish revised guidance.",
                            COMMITTED_ON,
                            DUE,
                            null,
                            FindingKind.RECOMMENDATION,
                            null))
                    .expectEvents(new CommitmentRecorded(
                            ID,
                            AreaCode.NATIONAL,
                            List.of(),
                            inspection,
                            3,
                            Theme.DISCLOSURE,
                            "Publish revised guidance.",
                            COMMITTED_ON,
                            DUE,
                            null,
                            FindingKind.RECOMMENDATION));
        }

        @Test
        void givenNothing_whenFindingKindWithoutNumber_thenRefusedNamingIssueNumber() {
            fixture.givenNoPriorActivity()
                    .when(new RecordCommitment(
                            ID,
                            AreaCode.NATIONAL,
                            List.of(),
                            "4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                            null,
                            Theme.DISCLOSURE,
                            "Publish revised guidance.",
                            COMMITTED_ON,
                            DUE,
                            null,
                            FindingKind.RECOMMENDATION,
                            null))
                    .expectNoEvents()
                    .expectException(refusal(
                            "validation.required",
                            "issueNumber",
                            "A finding kind names a numbered finding: give its number in issueNumber too."));
        }

        @Test
        void givenNothing_whenRecordWithBlankText_thenRefusedNamingText() {
            RecordCommitment blank = new RecordCommitment(
                    ID, AreaCode.LONDON_SOUTH, List.of(), null, null, Theme.DISCLOSURE, "  ", COMMITTED_ON, null, null);
            fixture.givenNoPriorActivity()
                    .when(blank)
                    .expectNoEvents()
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("The text must not be blank.");
        }

        @Test
        void givenNothing_whenDueBeforeCommitted_thenRefused() {
            RecordCommitment early = new RecordCommitment(
                    ID,
                    AreaCode.LONDON_SOUTH,
                    List.of(),
                    null,
                    null,
                    Theme.DISCLOSURE,
                    "Do it.",
                    COMMITTED_ON,
                    COMMITTED_ON.minusDays(1),
                    null);
            fixture.givenNoPriorActivity().when(early).expectNoEvents().expectException(RuleViolation.class);
        }

        @Test
        void givenNothing_whenJointWithItself_thenRefused() {
            RecordCommitment self = new RecordCommitment(
                    ID,
                    AreaCode.LONDON_SOUTH,
                    List.of(AreaCode.LONDON_SOUTH),
                    null,
                    null,
                    Theme.DISCLOSURE,
                    "Do it.",
                    COMMITTED_ON,
                    null,
                    null);
            fixture.givenNoPriorActivity().when(self).expectNoEvents().expectException(RuleViolation.class);
        }

        @Test
        void givenNothing_whenTargetAbove100_thenRefused() {
            RecordCommitment target = new RecordCommitment(
                    ID,
                    AreaCode.LONDON_SOUTH,
                    List.of(),
                    null,
                    null,
                    Theme.DISCLOSURE,
                    "Do it.",
                    COMMITTED_ON,
                    null,
                    101);
            fixture.givenNoPriorActivity().when(target).expectNoEvents().expectException(RuleViolation.class);
        }

        @Test
        void givenNothing_whenIssueNumberWithoutInspection_thenRefused() {
            RecordCommitment orphan = new RecordCommitment(
                    ID,
                    AreaCode.LONDON_SOUTH,
                    List.of(),
                    null,
                    3,
                    Theme.DISCLOSURE,
                    "Do it.",
                    COMMITTED_ON,
                    null,
                    null);
            fixture.givenNoPriorActivity().when(orphan).expectNoEvents().expectException(RuleViolation.class);
        }
    }

    @Nested
    class Assigning {

        @Test
        void givenCommitted_whenAssign_thenAssigned() {
            fixture.given(recorded(null))
                    .when(new AssignCommitment(ID, OwnerRole.ABM, "J. Smith", DAY, null))
                    .expectEvents(new CommitmentAssigned(ID, OwnerRole.ABM, "J. Smith", DAY));
        }

        @Test
        void givenAssigned_whenAssignSameOwner_thenNothingHappens() {
            fixture.given(recorded(null), ASSIGNED)
                    .when(new AssignCommitment(ID, OwnerRole.LEGAL_MANAGER, " ", DAY, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenInProgress_whenReassign_thenReassignedAndStillInProgress() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new AssignCommitment(ID, OwnerRole.DCCP, null, DAY, null))
                    .expectEvents(new CommitmentAssigned(ID, OwnerRole.DCCP, null, DAY))
                    .expectState(commitment ->
                            assertThat(commitment.state().status().name()).isEqualTo("IN_PROGRESS"));
        }

        @Test
        void givenClosed_whenAssign_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9), new CommitmentClosed(ID, "Done.", DAY))
                    .when(new AssignCommitment(ID, OwnerRole.DCCP, null, DAY, null))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class);
        }

        @Test
        void givenCommitted_whenAssignWithoutRole_thenRefused() {
            fixture.given(recorded(null))
                    .when(new AssignCommitment(ID, null, null, DAY, null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }

        @Test
        void givenCommitted_whenAssignDatedBeforeCommitment_thenRefused() {
            fixture.given(recorded(null))
                    .when(new AssignCommitment(ID, OwnerRole.ABM, null, COMMITTED_ON.minusDays(1), null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("The act cannot be dated before the commitment was made (2022-05-10).");
        }
    }

    @Nested
    class Starting {

        @Test
        void givenAssigned_whenStart_thenInProgress() {
            fixture.given(recorded(null), ASSIGNED)
                    .when(new StartWork(ID, DAY, null))
                    .expectEvents(STARTED);
        }

        @Test
        void givenCommitted_whenStart_thenRefusedNotAssigned() {
            fixture.given(recorded(null))
                    .when(new StartWork(ID, DAY, null))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class)
                    .expectExceptionMessage(
                            "Cannot start a commitment that is COMMITTED; allowed in COMMITTED: assign, revise-due-date, withdraw");
        }

        @Test
        void givenInProgress_whenStart_thenNothingHappens() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new StartWork(ID, DAY, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenEvidenced_whenStart_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9))
                    .when(new StartWork(ID, DAY, null))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class);
        }
    }

    @Nested
    class NotingProgress {

        @Test
        void givenInProgress_whenNote_thenNoted() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new NoteProgress(ID, "  Training booked.  ", DAY, null))
                    .expectEvents(new ProgressNoted(ID, "Training booked.", DAY));
        }

        @Test
        void givenEvidenced_whenNote_thenNoted() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9))
                    .when(new NoteProgress(ID, "More to come.", DAY, null))
                    .expectEvents(new ProgressNoted(ID, "More to come.", DAY));
        }

        @Test
        void givenAssigned_whenNote_thenRefused() {
            fixture.given(recorded(null), ASSIGNED)
                    .when(new NoteProgress(ID, "Too early.", DAY, null))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class);
        }

        @Test
        void givenInProgress_whenBlankNote_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new NoteProgress(ID, "", DAY, null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class RecordingEvidence {

        @Test
        void givenInProgress_whenRecordSample_thenEvidenced() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(recordSample(10, 9))
                    .expectEvents(sample(10, 9));
        }

        @Test
        void givenEvidenced_whenRecordMoreEvidence_thenRecorded() {
            EvidenceRecorded panel = new EvidenceRecorded(
                    ID, AssuranceMethod.CASE_MANAGEMENT_PANEL, DAY, null, null, "Panel held.", "CMP-7", DAY);
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9))
                    .when(new RecordEvidence(
                            ID,
                            AssuranceMethod.CASE_MANAGEMENT_PANEL,
                            DAY,
                            null,
                            null,
                            "Panel held.",
                            "CMP-7",
                            DAY,
                            null))
                    .expectEvents(panel);
        }

        @Test
        void givenEvidenced_whenSameEvidenceAgain_thenNothingHappens() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9))
                    .when(recordSample(10, 9))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenAssigned_whenRecordEvidence_thenRefusedNotStarted() {
            fixture.given(recorded(null), ASSIGNED)
                    .when(recordSample(10, 9))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class);
        }

        @Test
        void givenInProgress_whenSampleWithoutSize_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(recordSample(null, 3))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }

        @Test
        void givenInProgress_whenMoreCompliantThanSampled_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(recordSample(10, 11))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }

        @Test
        void givenInProgress_whenEmptySample_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(recordSample(0, 0))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }

        @Test
        void givenInProgress_whenIqaWithoutCompliantCount_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new RecordEvidence(ID, AssuranceMethod.IQA, DAY, 10, null, "IQA round.", null, DAY, null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }

        @Test
        void givenInProgress_whenMethodMissing_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new RecordEvidence(ID, null, DAY, null, null, "Something.", null, DAY, null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class Closing {

        @Test
        void givenEvidenced_whenClose_thenClosed() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 2))
                    .when(new CloseCommitment(ID, "Delivered.", DAY, null))
                    .expectEvents(new CommitmentClosed(ID, "Delivered.", DAY));
        }

        @Test
        void givenInProgress_whenClose_thenRefusedNotEvidenced() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new CloseCommitment(ID, "Delivered.", DAY, null))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class);
        }

        @Test
        void givenEvidenced_whenCloseWithoutRationale_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9))
                    .when(new CloseCommitment(ID, null, DAY, null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }

        @Test
        void givenTargetAndLatestSampleBelowIt_whenClose_thenRefused() {
            EvidenceRecorded later =
                    new EvidenceRecorded(ID, AssuranceMethod.IQA, DAY.plusMonths(1), 20, 15, "IQA round.", null, DAY);
            fixture.given(recorded(80), ASSIGNED, STARTED, sample(10, 9), later)
                    .when(new CloseCommitment(ID, "Delivered.", DAY.plusMonths(1), null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(
                            "The latest sampled evidence (2022-07-01) shows 75.0% compliance, below the target of 80%.");
        }

        @Test
        void givenTargetAndLatestSampleMeetsIt_whenClose_thenClosed() {
            EvidenceRecorded earlierButRecordedLater =
                    new EvidenceRecorded(ID, AssuranceMethod.IQA, DAY.minusDays(5), 20, 1, "Old.", null, DAY);
            fixture.given(recorded(80), ASSIGNED, STARTED, sample(10, 8), earlierButRecordedLater)
                    .when(new CloseCommitment(ID, "Delivered.", DAY, null))
                    .expectEvents(new CommitmentClosed(ID, "Delivered.", DAY));
        }

        @Test
        void givenTargetAndOnlyUnsampledEvidence_whenClose_thenRefused() {
            EvidenceRecorded forum =
                    new EvidenceRecorded(ID, AssuranceMethod.QUALITY_FORUM, DAY, null, null, "Discussed.", null, DAY);
            fixture.given(recorded(80), ASSIGNED, STARTED, forum)
                    .when(new CloseCommitment(ID, "Delivered.", DAY, null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }

        @Test
        void givenClosed_whenCloseAgain_thenNothingHappens() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9), new CommitmentClosed(ID, "Done.", DAY))
                    .when(new CloseCommitment(ID, "Done.", DAY, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Reopening {

        @Test
        void givenClosed_whenReopen_thenInProgress() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9), new CommitmentClosed(ID, "Done.", DAY))
                    .when(new ReopenCommitment(ID, "Compliance slipped.", DAY, null))
                    .expectEvents(new CommitmentReopened(ID, "Compliance slipped.", DAY))
                    .expectState(commitment ->
                            assertThat(commitment.state().status().name()).isEqualTo("IN_PROGRESS"));
        }

        @Test
        void givenInProgress_whenReopen_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new ReopenCommitment(ID, "Why?", DAY, null))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class);
        }

        @Test
        void givenClosed_whenReopenWithoutReason_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9), new CommitmentClosed(ID, "Done.", DAY))
                    .when(new ReopenCommitment(ID, " ", DAY, null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class RevisingTheDueDate {

        @Test
        void givenOpen_whenRevise_thenRevisedKeepingTheOldDate() {
            LocalDate later = DUE.plusMonths(6);
            fixture.given(recorded(null), ASSIGNED)
                    .when(new ReviseDueDate(ID, later, "Recruitment delayed.", DAY, false, DAY, null))
                    .expectEvents(new DueDateRevised(ID, DUE, later, "Recruitment delayed.", DAY));
        }

        @Test
        void givenOpen_whenReviseToTheSameDate_thenNothingHappens() {
            fixture.given(recorded(null))
                    .when(new ReviseDueDate(ID, DUE, "No change.", DAY, false, DAY, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenWithdrawn_whenRevise_thenRefused() {
            fixture.given(recorded(null), new CommitmentWithdrawn(ID, "Superseded.", DAY))
                    .when(new ReviseDueDate(ID, DUE.plusDays(1), "Late.", DAY, false, DAY, null))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class);
        }

        @Test
        void givenOpen_whenReviseWithoutReason_thenRefused() {
            fixture.given(recorded(null))
                    .when(new ReviseDueDate(ID, DUE.plusDays(1), null, DAY, false, DAY, null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class PlanningAssurance {

        static final LocalDate JUNE = LocalDate.of(2022, 6, 1);

        static AssurancePlanRecorded monthlyDipSample(LocalDate plannedOn) {
            return new AssurancePlanRecorded(ID, AssuranceMethod.DIP_SAMPLE, Cadence.MONTHLY, JUNE, plannedOn);
        }

        static PlanAssurance plan(AssuranceMethod method, Cadence cadence, LocalDate startsOn, LocalDate on) {
            return new PlanAssurance(ID, method, cadence, startsOn, on, null);
        }

        @Test
        void whenRecordedWithAPlan_thenRecordedThenPlannedOnTheDayItWasMade() {
            RecordCommitment base = record();
            fixture.givenNoPriorActivity()
                    .when(new RecordCommitment(
                            ID,
                            base.area(),
                            base.jointWith(),
                            null,
                            null,
                            base.theme(),
                            base.text(),
                            COMMITTED_ON,
                            DUE,
                            null,
                            null,
                            new AssurancePlan(AssuranceMethod.DIP_SAMPLE, Cadence.MONTHLY, JUNE)))
                    .expectEvents(recorded(null), monthlyDipSample(COMMITTED_ON));
        }

        @Test
        void whenRecordedWithAPlanStartingBeforeIt_thenRefusedAndNothingRecorded() {
            RecordCommitment base = record();
            fixture.givenNoPriorActivity()
                    .when(new RecordCommitment(
                            ID,
                            base.area(),
                            base.jointWith(),
                            null,
                            null,
                            base.theme(),
                            base.text(),
                            COMMITTED_ON,
                            DUE,
                            null,
                            null,
                            new AssurancePlan(AssuranceMethod.DIP_SAMPLE, Cadence.MONTHLY, COMMITTED_ON.minusDays(1))))
                    .expectNoEvents()
                    .expectException(refusal(
                            "validation.before-committed",
                            "assurancePlan.startsOn",
                            "Planned assurance cannot start before the commitment was made (2022-05-10)."));
        }

        @Test
        void givenAssigned_whenPlan_thenPlanned() {
            fixture.given(recorded(null), ASSIGNED)
                    .when(plan(AssuranceMethod.DIP_SAMPLE, Cadence.MONTHLY, JUNE, DAY))
                    .expectEvents(monthlyDipSample(DAY));
        }

        @Test
        void givenPlanned_whenTheSamePlanAgain_thenNothingHappens() {
            fixture.given(recorded(null), monthlyDipSample(COMMITTED_ON))
                    .when(plan(AssuranceMethod.DIP_SAMPLE, Cadence.MONTHLY, JUNE, DAY))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenPlanned_whenAnotherPlan_thenReplaced() {
            fixture.given(recorded(null), monthlyDipSample(COMMITTED_ON))
                    .when(plan(AssuranceMethod.IQA, Cadence.QUARTERLY, LocalDate.of(2022, 7, 1), DAY))
                    .expectEvents(new AssurancePlanRecorded(
                            ID, AssuranceMethod.IQA, Cadence.QUARTERLY, LocalDate.of(2022, 7, 1), DAY));
        }

        @Test
        void whenPlanWithoutACadence_thenRefusedAsRequired() {
            fixture.given(recorded(null))
                    .when(plan(AssuranceMethod.IQA, null, JUNE, DAY))
                    .expectNoEvents()
                    .expectException(
                            refusal(
                                    "validation.required",
                                    "cadence",
                                    "Say how often the check is owed (WEEKLY, MONTHLY, QUARTERLY, SIX_MONTHLY, YEARLY or ONCE)."));
        }

        @Test
        void whenPlanStartsBeforeTheCommitment_thenRefused() {
            fixture.given(recorded(null))
                    .when(plan(AssuranceMethod.IQA, Cadence.YEARLY, COMMITTED_ON.minusDays(1), DAY))
                    .expectNoEvents()
                    .expectException(refusal(
                            "validation.before-committed",
                            "startsOn",
                            "Planned assurance cannot start before the commitment was made (2022-05-10)."));
        }

        @Test
        void givenClosed_whenPlan_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9), new CommitmentClosed(ID, "Done.", DAY))
                    .when(plan(AssuranceMethod.IQA, Cadence.YEARLY, DAY, DAY))
                    .expectNoEvents()
                    .expectException(
                            refusal(
                                    "commitment.transition-not-allowed",
                                    null,
                                    "Cannot plan assurance for a commitment that is CLOSED: no check is owed once it is closed or withdrawn."));
        }

        @Test
        void givenWithdrawn_whenPlan_thenRefused() {
            fixture.given(recorded(null), new CommitmentWithdrawn(ID, "Superseded.", DAY))
                    .when(plan(AssuranceMethod.IQA, Cadence.YEARLY, DAY, DAY))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }

        @Test
        void givenWorkStarted_whenPlanDatedBefore_thenRefusedOutOfOrder() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(plan(AssuranceMethod.IQA, Cadence.YEARLY, DAY, DAY.minusDays(1)))
                    .expectNoEvents()
                    .expectException(refusal(
                            "commitment.date-out-of-order",
                            "on",
                            "Assurance cannot be planned on 2022-05-31, before work was started on 2022-06-01."));
        }

        @Test
        void givenPlanned_thenTheStateHoldsThePlanAndThePlanDoesNotMoveTheLatestAct() {
            CommitmentState state = CommitmentState.replay(List.of(recorded(null), ASSIGNED, monthlyDipSample(DAY)))
                    .orElseThrow();
            assertThat(state.assurancePlan())
                    .isEqualTo(new AssurancePlan(AssuranceMethod.DIP_SAMPLE, Cadence.MONTHLY, JUNE));
            assertThat(state.latestAct().act()).isEqualTo(CommitmentStatus.Act.ASSIGN);
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void givenEvidenced_whenWithdraw_thenWithdrawn() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9))
                    .when(new WithdrawCommitment(ID, "Superseded.", DAY, null))
                    .expectEvents(new CommitmentWithdrawn(ID, "Superseded.", DAY));
        }

        @Test
        void givenWithdrawn_whenWithdrawAgain_thenNothingHappens() {
            fixture.given(recorded(null), new CommitmentWithdrawn(ID, "Superseded.", DAY))
                    .when(new WithdrawCommitment(ID, "Superseded.", DAY, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenWithdrawn_whenAnythingElse_thenRefusedBecauseFinal() {
            fixture.given(recorded(null), new CommitmentWithdrawn(ID, "Superseded.", DAY))
                    .when(new AssignCommitment(ID, OwnerRole.CCP, null, DAY, null))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class)
                    .expectExceptionMessage(
                            "Cannot assign a commitment that is WITHDRAWN; allowed in WITHDRAWN: nothing (final)");
        }

        @Test
        void givenClosed_whenWithdraw_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9), new CommitmentClosed(ID, "Done.", DAY))
                    .when(new WithdrawCommitment(ID, "Late change of mind.", DAY, null))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class);
        }

        @Test
        void givenOpen_whenWithdrawWithoutReason_thenRefused() {
            fixture.given(recorded(null))
                    .when(new WithdrawCommitment(ID, "", DAY, null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class JudgingFollowUp {

        @Test
        void givenAnyState_whenJudged_thenJudgedWithoutChangingStatus() {
            fixture.given(recorded(null), ASSIGNED)
                    .when(new JudgeFollowUp(ID, FollowUpGrade.INSUFFICIENT_PROGRESS, " Slow. ", DAY, null))
                    .expectEvents(new FollowUpJudged(ID, FollowUpGrade.INSUFFICIENT_PROGRESS, "Slow.", DAY))
                    .expectState(commitment ->
                            assertThat(commitment.state().status().name()).isEqualTo("ASSIGNED"));
        }

        @Test
        void givenWithdrawn_whenJudged_thenStillJudged() {
            fixture.given(recorded(null), new CommitmentWithdrawn(ID, "Superseded.", DAY))
                    .when(new JudgeFollowUp(ID, FollowUpGrade.NO_MEANINGFUL_PROGRESS, null, DAY, null))
                    .expectEvents(new FollowUpJudged(ID, FollowUpGrade.NO_MEANINGFUL_PROGRESS, null, DAY));
        }

        @Test
        void givenTheSameJudgement_whenJudgedAgain_thenNothingHappens() {
            fixture.given(recorded(null), new FollowUpJudged(ID, FollowUpGrade.GOOD_PROGRESS, "Well done.", DAY))
                    .when(new JudgeFollowUp(ID, FollowUpGrade.GOOD_PROGRESS, "Well done.", DAY, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenJudgedByAFollowUpInspection_whenItsGradeIsSentAgain_thenNothingHappens() {
            fixture.given(
                            recorded(null),
                            new FollowUpJudged(ID, FollowUpGrade.PARTIALLY_ACHIEVED, null, DAY, FOLLOW_UP_INSPECTION))
                    .when(new JudgeFollowUp(
                            ID, FollowUpGrade.PARTIALLY_ACHIEVED, null, DAY, null, FOLLOW_UP_INSPECTION))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenJudgedByOneFollowUpInspection_whenAnotherJudges_thenJudgedAgainNamingIt() {
            String later = "9a3e7f21-6b0c-4d8e-a5f1-3c2b1d0e9f87";
            fixture.given(
                            recorded(null),
                            new FollowUpJudged(ID, FollowUpGrade.NOT_ACHIEVED, null, DAY, FOLLOW_UP_INSPECTION))
                    .when(new JudgeFollowUp(ID, FollowUpGrade.ACHIEVED, null, DAY.plusYears(1), null, later))
                    .expectEvents(new FollowUpJudged(ID, FollowUpGrade.ACHIEVED, null, DAY.plusYears(1), later));
        }

        @Test
        void givenClosed_whenAFollowUpInspectionJudges_thenStillJudged() {
            fixture.given(recorded(null), new CommitmentClosed(ID, "Delivered.", DAY))
                    .when(new JudgeFollowUp(
                            ID, FollowUpGrade.ACHIEVED, "Seen in files.", DAY, null, FOLLOW_UP_INSPECTION))
                    .expectEvents(new FollowUpJudged(
                            ID, FollowUpGrade.ACHIEVED, "Seen in files.", DAY, FOLLOW_UP_INSPECTION));
        }

        @Test
        void givenCommitted_whenJudgedWithoutGrade_thenRefused() {
            fixture.given(recorded(null))
                    .when(new JudgeFollowUp(ID, null, "Hmm.", DAY, null))
                    .expectNoEvents()
                    .expectException(RuleViolation.class);
        }
    }

    /** Each act's business date is on or after the latest act's; the refusal names that act and its date. */
    @Nested
    class DatesInOrder {

        static final LocalDate ASSIGNED_ON = LocalDate.of(2022, 5, 12);
        static final String OUT_OF_ORDER = "commitment.date-out-of-order";
        final CommitmentAssigned assignedLater = new CommitmentAssigned(ID, OwnerRole.LEGAL_MANAGER, null, ASSIGNED_ON);

        @Test
        void givenAssigned_whenStartBeforeTheAssignment_thenRefusedNamingIt() {
            fixture.given(recorded(null), assignedLater)
                    .when(new StartWork(ID, LocalDate.of(2022, 5, 11), null))
                    .expectNoEvents()
                    .expectException(refusal(
                            OUT_OF_ORDER,
                            "on",
                            "Work cannot be started on 2022-05-11, before the commitment was assigned on 2022-05-12."));
        }

        @Test
        void givenAssigned_whenStartOnTheSameDay_thenStarted() {
            fixture.given(recorded(null), assignedLater)
                    .when(new StartWork(ID, ASSIGNED_ON, null))
                    .expectEvents(new WorkStarted(ID, ASSIGNED_ON));
        }

        @Test
        void givenAssigned_whenReassignedBeforeTheAssignment_thenRefused() {
            fixture.given(recorded(null), assignedLater)
                    .when(new AssignCommitment(ID, OwnerRole.ABM, null, COMMITTED_ON, null))
                    .expectNoEvents()
                    .expectException(
                            refusal(
                                    OUT_OF_ORDER,
                                    "on",
                                    "The commitment cannot be assigned on 2022-05-10, before the commitment was assigned on 2022-05-12."));
        }

        @Test
        void givenInProgress_whenProgressNotedBeforeTheStart_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new NoteProgress(ID, "Backdated.", DAY.minusDays(1), null))
                    .expectNoEvents()
                    .expectException(refusal(
                            OUT_OF_ORDER,
                            "on",
                            "Progress cannot be noted on 2022-05-31, before work was started on 2022-06-01."));
        }

        @Test
        void givenInProgress_whenEvidenceEffectiveBeforeTheStart_thenRefusedNamingEffectiveOn() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new RecordEvidence(
                            ID, AssuranceMethod.DIP_SAMPLE, DAY.minusDays(3), 10, 9, "Early sample.", null, DAY, null))
                    .expectNoEvents()
                    .expectException(refusal(
                            OUT_OF_ORDER,
                            "effectiveOn",
                            "Evidence cannot be effective on 2022-05-29, before work was started on 2022-06-01."));
        }

        @Test
        void givenInProgress_whenEvidenceRecordedBeforeItWasEffective_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new RecordEvidence(
                            ID,
                            AssuranceMethod.DIP_SAMPLE,
                            DAY.plusDays(10),
                            10,
                            9,
                            "Sample.",
                            null,
                            DAY.plusDays(5),
                            null))
                    .expectNoEvents()
                    .expectException(refusal(
                            OUT_OF_ORDER,
                            "on",
                            "Evidence cannot be recorded on 2022-06-06, before it was effective on 2022-06-11."));
        }

        @Test
        void givenInProgress_whenEvidenceBackfilled_thenRecordedAtItsEffectiveDate() {
            LocalDate sampled = DAY.plusDays(14);
            LocalDate recordedLater = DAY.plusDays(34);
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new RecordEvidence(
                            ID, AssuranceMethod.DIP_SAMPLE, sampled, 10, 9, "Sample.", null, recordedLater, null))
                    .expectEvents(new EvidenceRecorded(
                            ID, AssuranceMethod.DIP_SAMPLE, sampled, 10, 9, "Sample.", null, recordedLater));
        }

        @Test
        void givenBackfilledEvidence_whenClosedAfterItWasEffective_thenClosed() {
            EvidenceRecorded backfilled = new EvidenceRecorded(
                    ID, AssuranceMethod.DIP_SAMPLE, DAY.plusDays(14), 10, 9, "Sample.", null, DAY.plusDays(34));
            fixture.given(recorded(null), ASSIGNED, STARTED, backfilled)
                    .when(new CloseCommitment(ID, "Delivered.", DAY.plusDays(20), null))
                    .expectEvents(new CommitmentClosed(ID, "Delivered.", DAY.plusDays(20)));
        }

        @Test
        void givenEvidenced_whenClosedBeforeTheEvidenceWasEffective_thenRefused() {
            EvidenceRecorded september = new EvidenceRecorded(
                    ID,
                    AssuranceMethod.DIP_SAMPLE,
                    LocalDate.of(2022, 9, 30),
                    20,
                    17,
                    "September sample.",
                    null,
                    LocalDate.of(2022, 9, 30));
            fixture.given(recorded(80), ASSIGNED, STARTED, september)
                    .when(new CloseCommitment(ID, "Delivered.", LocalDate.of(2022, 9, 1), null))
                    .expectNoEvents()
                    .expectException(
                            refusal(
                                    OUT_OF_ORDER,
                                    "on",
                                    "The commitment cannot be closed on 2022-09-01, before evidence was effective on 2022-09-30."));
        }

        @Test
        void givenClosed_whenReopenedBeforeTheClosure_thenRefused() {
            fixture.given(
                            recorded(null),
                            ASSIGNED,
                            STARTED,
                            sample(10, 9),
                            new CommitmentClosed(ID, "Done.", DAY.plusDays(10)))
                    .when(new ReopenCommitment(ID, "Slipped.", DAY.plusDays(2), null))
                    .expectNoEvents()
                    .expectException(
                            refusal(
                                    OUT_OF_ORDER,
                                    "on",
                                    "The commitment cannot be reopened on 2022-06-03, before the commitment was closed on 2022-06-11."));
        }

        @Test
        void givenInProgress_whenWithdrawnBeforeTheStart_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new WithdrawCommitment(ID, "Superseded.", DAY.minusDays(1), null))
                    .expectNoEvents()
                    .expectException(
                            refusal(
                                    OUT_OF_ORDER,
                                    "on",
                                    "The commitment cannot be withdrawn on 2022-05-31, before work was started on 2022-06-01."));
        }

        @Test
        void givenInProgress_whenDueDateRevisedBeforeTheStart_thenRefused() {
            fixture.given(recorded(null), ASSIGNED, STARTED)
                    .when(new ReviseDueDate(ID, DUE.plusMonths(1), "Later.", DAY.minusDays(1), false, DAY, null))
                    .expectNoEvents()
                    .expectException(refusal(
                            OUT_OF_ORDER,
                            "on",
                            "The due date cannot be revised on 2022-05-31, before work was started on 2022-06-01."));
        }

        @Test
        void givenALaterFollowUpJudgement_whenActDatedBeforeIt_thenAcceptedBecauseJudgementsAreNotActs() {
            fixture.given(
                            recorded(null),
                            ASSIGNED,
                            new FollowUpJudged(ID, FollowUpGrade.INSUFFICIENT_PROGRESS, null, DAY.plusMonths(3)))
                    .when(new StartWork(ID, DAY, null))
                    .expectEvents(STARTED);
        }

        @Test
        void givenAHistoryRecordedOutOfOrderBeforeTheRule_whenActAfterItsLatestDate_thenAccepted() {
            EvidenceRecorded earlier =
                    new EvidenceRecorded(ID, AssuranceMethod.IQA, DAY.minusDays(5), 20, 19, "Old.", null, DAY);
            fixture.given(recorded(null), ASSIGNED, STARTED, sample(10, 9), earlier)
                    .when(new CloseCommitment(ID, "Done.", DAY.minusDays(1), null))
                    .expectNoEvents()
                    .expectException(
                            refusal(
                                    OUT_OF_ORDER,
                                    "on",
                                    "The commitment cannot be closed on 2022-05-31, before evidence was effective on 2022-06-01."));
        }
    }

    /** A due date moved into the past only as the record of a decision made earlier. */
    @Nested
    class DueDatesInThePast {

        static final LocalDate TODAY = LocalDate.of(2024, 1, 10);

        @Test
        void givenOpen_whenDueDateMovedIntoThePast_thenRefused() {
            fixture.given(recorded(null))
                    .when(new ReviseDueDate(ID, LocalDate.of(2023, 12, 31), "Late.", TODAY, false, TODAY, null))
                    .expectNoEvents()
                    .expectException(
                            refusal(
                                    "commitment.due-date-in-past",
                                    "dueDate",
                                    "The due date cannot be moved to 2023-12-31, which is already past (today is 2024-01-10). If this records a decision "
                                            + "made earlier, send recordOfEarlierDecision: true with the decision's date as on."));
        }

        @Test
        void givenOpen_whenDueDateMovedToToday_thenRevised() {
            fixture.given(recorded(null))
                    .when(new ReviseDueDate(ID, TODAY, "Brought forward.", TODAY, false, TODAY, null))
                    .expectEvents(new DueDateRevised(ID, DUE, TODAY, "Brought forward.", TODAY));
        }

        @Test
        void givenOpen_whenPastDueDateRecordsAnEarlierDecision_thenRevisedOnTheDecisionsDate() {
            LocalDate decided = LocalDate.of(2023, 6, 1);
            fixture.given(recorded(null))
                    .when(new ReviseDueDate(
                            ID, LocalDate.of(2023, 12, 31), "Agreed at the June board.", decided, true, TODAY, null))
                    .expectEvents(new DueDateRevised(
                            ID, DUE, LocalDate.of(2023, 12, 31), "Agreed at the June board.", decided));
        }

        @Test
        void givenOpen_whenEarlierDecisionSetADueDateAlreadyPastThen_thenRefused() {
            fixture.given(recorded(null))
                    .when(new ReviseDueDate(
                            ID, LocalDate.of(2023, 5, 1), "Backdated.", LocalDate.of(2023, 6, 1), true, TODAY, null))
                    .expectNoEvents()
                    .expectException(refusal(
                            "commitment.due-date-in-past",
                            "dueDate",
                            "A decision made on 2023-06-01 cannot set a due date already past then (2023-05-01)."));
        }
    }
}
