package dev.commitmenttracker.commitment;

import static dev.commitmenttracker.commitment.CommitmentTest.ASSIGNED;
import static dev.commitmenttracker.commitment.CommitmentTest.DAY;
import static dev.commitmenttracker.commitment.CommitmentTest.DUE;
import static dev.commitmenttracker.commitment.CommitmentTest.ID;
import static dev.commitmenttracker.commitment.CommitmentTest.STARTED;
import static dev.commitmenttracker.commitment.CommitmentTest.recorded;
import static dev.commitmenttracker.commitment.CommitmentTest.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one fold of events into a commitment's state. */
class CommitmentStateTest {

    @Test
    void anEmptyStreamIsNoCommitment() {
        assertThat(CommitmentState.replay(List.of())).isEmpty();
    }

    @Test
    void foldsAWholeLifeIncludingReopeningAndSlippedDueDates() {
        CommitmentState state = CommitmentState.replay(List.of(
                        recorded(80),
                        ASSIGNED,
                        STARTED,
                        sample(10, 9),
                        new CommitmentClosed(ID, "Done.", DAY),
                        new CommitmentReopened(ID, "Slipped.", DAY),
                        new DueDateRevised(ID, DUE, DUE.plusMonths(3), "Late.", DAY),
                        new DueDateRevised(ID, DUE.plusMonths(3), DUE.plusMonths(6), "Later.", DAY)))
                .orElseThrow();

        assertThat(state.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(state.ownerRole()).isEqualTo(OwnerRole.LEGAL_MANAGER);
        assertThat(state.closedOn()).isNull();
        assertThat(state.evidence()).hasSize(1);
        assertThat(state.dueDate()).isEqualTo(DUE.plusMonths(6));
        assertThat(state.originalDueDate()).isEqualTo(DUE);
        assertThat(state.dueDateRevisions()).extracting(r -> r.reason()).containsExactly("Late.", "Later.");
        assertThat(state.concerns(AreaCode.LONDON_NORTH)).isTrue();
        assertThat(state.concerns(AreaCode.WESSEX)).isFalse();
    }

    @Test
    void aStatusKnowsWhatItAllows() {
        assertThat(CommitmentStatus.EVIDENCED.allowedActs())
                .extracting(CommitmentStatus.Act::code)
                .containsExactly("assign", "note-progress", "record-evidence", "close", "revise-due-date", "withdraw");
        assertThat(CommitmentStatus.WITHDRAWN.allowedActs()).isEmpty();
        assertThat(CommitmentStatus.CLOSED.isOpen()).isFalse();
    }

    @Test
    void keepsTheLatestClosureAndReopeningAfterTheCommitmentMovesOn() {
        CommitmentState state = CommitmentState.replay(List.of(
                        recorded(null),
                        ASSIGNED,
                        STARTED,
                        sample(10, 9),
                        new CommitmentClosed(ID, "First closure.", DAY),
                        new CommitmentReopened(ID, "Slipped in the spring.", DAY.plusDays(1)),
                        new CommitmentClosed(ID, "Closed again.", DAY.plusDays(2)),
                        new CommitmentReopened(ID, "Slipped again.", DAY.plusDays(3))))
                .orElseThrow();

        assertThat(state.closureRationale()).isNull();
        assertThat(state.latestClosure()).isEqualTo(new CommitmentState.Closure("Closed again.", DAY.plusDays(2)));
        assertThat(state.latestReopening()).isEqualTo(new CommitmentState.Reopening("Slipped again.", DAY.plusDays(3)));
    }

    @Test
    void theLatestActIsTheLifecycleActWithTheLatestBusinessDateJudgementsAside() {
        CommitmentState state = CommitmentState.replay(List.of(
                        recorded(null),
                        ASSIGNED,
                        STARTED,
                        new dev.commitmenttracker.commitment.api.FollowUpJudged(
                                ID, dev.commitmenttracker.shared.FollowUpGrade.GOOD_PROGRESS, null, DAY.plusMonths(2))))
                .orElseThrow();

        assertThat(state.latestAct()).isEqualTo(new CommitmentState.LatestAct(CommitmentStatus.Act.START, DAY));
        assertThat(state.latestAct().done()).isEqualTo("work was started");
        assertThat(CommitmentState.replay(List.of(recorded(null)))
                        .orElseThrow()
                        .latestAct()
                        .done())
                .isEqualTo("the commitment was made");
    }

    /**
     * For each kind of commitment event, a life that ends in one. The map must name every event the sealed interface
     * permits, so a new event fails this test until it has a life here and the fold does something with it.
     */
    static final Map<Class<? extends CommitmentEvent>, List<Object>> LIVES = withPlannedAssurance(Map.of(
            CommitmentRecorded.class, List.of(recorded(80)),
            CommitmentAssigned.class, List.of(recorded(80), ASSIGNED),
            WorkStarted.class, List.of(recorded(80), ASSIGNED, STARTED),
            ProgressNoted.class,
                    List.of(recorded(80), ASSIGNED, STARTED, new ProgressNoted(ID, "Half the files checked.", DAY)),
            EvidenceRecorded.class, List.of(recorded(80), ASSIGNED, STARTED, sample(10, 9)),
            CommitmentClosed.class,
                    List.of(recorded(80), ASSIGNED, STARTED, sample(10, 9), new CommitmentClosed(ID, "Done.", DAY)),
            CommitmentReopened.class,
                    List.of(
                            recorded(80),
                            ASSIGNED,
                            STARTED,
                            sample(10, 9),
                            new CommitmentClosed(ID, "Done.", DAY),
                            new CommitmentReopened(ID, "Slipped.", DAY.plusDays(1))),
            DueDateRevised.class, List.of(recorded(80), new DueDateRevised(ID, DUE, DUE.plusMonths(3), "Late.", DAY)),
            FollowUpJudged.class, List.of(recorded(80), new FollowUpJudged(ID, FollowUpGrade.GOOD_PROGRESS, null, DAY)),
            CommitmentWithdrawn.class,
                    List.of(recorded(80), new CommitmentWithdrawn(ID, "Overtaken by events.", DAY))));

    /** Map.of takes ten pairs: the eleventh life, a plan recorded, joins here. */
    private static Map<Class<? extends CommitmentEvent>, List<Object>> withPlannedAssurance(
            Map<Class<? extends CommitmentEvent>, List<Object>> lives) {
        Map<Class<? extends CommitmentEvent>, List<Object>> all = new java.util.HashMap<>(lives);
        all.put(
                AssurancePlanRecorded.class,
                List.of(
                        recorded(80),
                        new AssurancePlanRecorded(ID, AssuranceMethod.DIP_SAMPLE, Cadence.MONTHLY, DAY, DAY)));
        return Map.copyOf(all);
    }

    @Test
    void everyKindOfCommitmentEventChangesTheFold() {
        assertThat(List.of(CommitmentEvent.class.getPermittedSubclasses()))
                .as("a life for every event CommitmentEvent permits")
                .containsExactlyInAnyOrderElementsOf(LIVES.keySet());
        LIVES.forEach((kind, life) -> {
            assertThat(life.get(life.size() - 1))
                    .as("the life of " + kind.getSimpleName() + " ends in one")
                    .isInstanceOf(kind);
            assertThat(CommitmentState.replay(life))
                    .as("the fold after " + kind.getSimpleName())
                    .isNotEqualTo(CommitmentState.replay(life.subList(0, life.size() - 1)));
        });
    }

    @Test
    void aProjectionFoldingOnlyThePositionEndsWhereTheWholeStateStands() {
        List<Object> life = List.of(
                recorded(null),
                ASSIGNED,
                new DueDateRevised(ID, DUE, DUE.plusMonths(3), "Late.", DAY),
                STARTED,
                new CommitmentAssigned(ID, OwnerRole.CCP, "A. Person", DAY),
                new DueDateRevised(ID, DUE.plusMonths(3), DUE.plusMonths(6), "Later.", DAY),
                sample(10, 9),
                new CommitmentClosed(ID, "Done.", DAY),
                new CommitmentReopened(ID, "Slipped.", DAY));
        CommitmentState.Position position = CommitmentState.Position.recorded((CommitmentRecorded) life.get(0));
        for (Object event : life.subList(1, life.size())) {
            position = position.after((CommitmentEvent) event);
        }

        assertThat(position)
                .isEqualTo(CommitmentState.replay(life).orElseThrow().position());
        assertThat(position)
                .isEqualTo(new CommitmentState.Position(
                        CommitmentStatus.IN_PROGRESS, OwnerRole.CCP, "A. Person", DUE.plusMonths(6), DUE, 2));
    }

    @Test
    void aStreamWithAnEventThatIsNoCommitmentEventIsRefusedNotSkipped() {
        assertThatThrownBy(() -> CommitmentState.replay(List.of(recorded(null), ASSIGNED, "a stranger")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void aCommitmentIsRecordedOnce() {
        CommitmentState state = CommitmentState.recorded(recorded(null));

        assertThatThrownBy(() -> state.evolve(recorded(80)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recorded once");
    }
}
