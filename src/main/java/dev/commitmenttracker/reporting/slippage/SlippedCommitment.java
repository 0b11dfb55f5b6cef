package dev.commitmenttracker.reporting.slippage;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.List;

/**
 * A commitment whose due date was revised: the due date first committed to, the current one, the number of revisions
 * and each revision with its reason. {@code slipped} when it is now due later than first committed to.
 */
public record SlippedCommitment(
        String commitmentId,
        AreaCode area,
        List<AreaCode> jointWith,
        Theme theme,
        CommitmentStatus status,
        LocalDate originalDueDate,
        LocalDate dueDate,
        int revisionCount,
        boolean slipped,
        List<Revision> revisions) {

    /** One move of the due date. */
    public record Revision(
            int number, LocalDate previousDueDate, LocalDate dueDate, String reason, LocalDate revisedOn) {}
}
