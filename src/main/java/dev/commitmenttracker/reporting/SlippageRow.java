package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/** A commitment's due dates: the first committed to, the current one, how often it moved and whether it slipped. */
@Entity
@Table(name = "report_slippage_commitment")
class SlippageRow extends FoldedCommitment {

    /** Now due later than first committed to. Kept as a column so that the row says what it counted. */
    boolean slipped;

    protected SlippageRow() {
    }

    SlippageRow(CommitmentRecorded event, long sequence) {
        super(event, sequence);
        slipped = slipped();
    }

    @Override
    boolean fold(CommitmentEvent event, long sequence) {
        boolean folded = super.fold(event, sequence);
        slipped = slipped();
        return folded;
    }

    SlippedCommitment toSlipped(List<SlippedCommitment.Revision> revisions) {
        return new SlippedCommitment(id, area, jointAreas(), theme, status, originalDueDate, dueDate, dueDateRevisions, slipped,
                revisions);
    }
}
