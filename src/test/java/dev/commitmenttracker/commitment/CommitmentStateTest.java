package dev.commitmenttracker.commitment;

import static dev.commitmenttracker.commitment.CommitmentTest.ASSIGNED;
import static dev.commitmenttracker.commitment.CommitmentTest.DAY;
import static dev.commitmenttracker.commitment.CommitmentTest.DUE;
import static dev.commitmenttracker.commitment.CommitmentTest.ID;
import static dev.commitmenttracker.commitment.CommitmentTest.STARTED;
import static dev.commitmenttracker.commitment.CommitmentTest.recorded;
import static dev.commitmenttracker.commitment.CommitmentTest.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one fold of events into a commitment's state. */
class CommitmentStateTest {

    @Test
    void anEmptyStreamIsNoCommitment() {
        assertThat(CommitmentState.replay(List.of())).isEmpty();
    }

    @Test
    void foldsAWholeLifeIncludingReopeningAndSlippedDueDates() {
        CommitmentState state = CommitmentState.replay(List.of(recorded(80), ASSIGNED, STARTED, sample(10, 9),
                new CommitmentClosed(ID, "Done.", DAY), new CommitmentReopened(ID, "Slipped.", DAY),
                new DueDateRevised(ID, DUE, DUE.plusMonths(3), "Late.", DAY),
                new DueDateRevised(ID, DUE.plusMonths(3), DUE.plusMonths(6), "Later.", DAY))).orElseThrow();

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
        assertThat(CommitmentStatus.EVIDENCED.allowedActs()).extracting(CommitmentStatus.Act::code)
                .containsExactly("assign", "note-progress", "record-evidence", "close", "revise-due-date", "withdraw");
        assertThat(CommitmentStatus.WITHDRAWN.allowedActs()).isEmpty();
        assertThat(CommitmentStatus.CLOSED.isOpen()).isFalse();
    }

    @Test
    void keepsTheLatestClosureAndReopeningAfterTheCommitmentMovesOn() {
        CommitmentState state = CommitmentState.replay(List.of(recorded(null), ASSIGNED, STARTED, sample(10, 9),
                new CommitmentClosed(ID, "First closure.", DAY), new CommitmentReopened(ID, "Slipped in the spring.", DAY.plusDays(1)),
                new CommitmentClosed(ID, "Closed again.", DAY.plusDays(2)), new CommitmentReopened(ID, "Slipped again.", DAY.plusDays(3))))
                .orElseThrow();

        assertThat(state.closureRationale()).isNull();
        assertThat(state.latestClosure()).isEqualTo(new CommitmentState.Closure("Closed again.", DAY.plusDays(2)));
        assertThat(state.latestReopening()).isEqualTo(new CommitmentState.Reopening("Slipped again.", DAY.plusDays(3)));
    }

    @Test
    void theLatestActIsTheLifecycleActWithTheLatestBusinessDateJudgementsAside() {
        CommitmentState state = CommitmentState.replay(List.of(recorded(null), ASSIGNED, STARTED,
                new dev.commitmenttracker.commitment.api.FollowUpJudged(ID, dev.commitmenttracker.commitment.api.FollowUpGrade.GOOD_PROGRESS,
                        null, DAY.plusMonths(2)))).orElseThrow();

        assertThat(state.latestAct()).isEqualTo(new CommitmentState.LatestAct(CommitmentStatus.Act.START, DAY));
        assertThat(state.latestAct().done()).isEqualTo("work was started");
        assertThat(CommitmentState.replay(List.of(recorded(null))).orElseThrow().latestAct().done()).isEqualTo("the commitment was made");
    }
}
