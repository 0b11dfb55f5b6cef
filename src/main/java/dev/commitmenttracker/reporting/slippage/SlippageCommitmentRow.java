package dev.commitmenttracker.reporting.slippage;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.reporting.processing.AreaMembership;
import dev.commitmenttracker.reporting.processing.FoldedCommitment;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/** A commitment's due dates: the first committed to, the current one, how often it moved and whether it slipped. */
@Entity(name = "SlippageCommitmentRow")
@Table(name = "report_slippage_commitment")
class SlippageCommitmentRow extends FoldedCommitment {

    /** The due-date-slippage projection's record that a commitment counts under an Area. */
    @Entity(name = "SlippageCommitmentInArea")
    @Table(name = "report_slippage_area_commitment")
    static class InArea extends AreaMembership {

        protected InArea() {}

        InArea(String commitmentId, AreaCode area, boolean joint) {
            super(commitmentId, area, joint);
        }
    }

    /** Now due later than first committed to. Kept as a column so that the row says what it counted. */
    boolean slipped;

    protected SlippageCommitmentRow() {}

    SlippageCommitmentRow(CommitmentRecorded event, long sequence) {
        super(event, sequence);
        slipped = slipped();
    }

    @Override
    public boolean fold(CommitmentEvent event, long sequence) {
        boolean folded = super.fold(event, sequence);
        slipped = slipped();
        return folded;
    }

    /** A row per Area the commitment counts under, its own first. */
    List<InArea> inAreas() {
        return areas().stream()
                .map(area -> new InArea(id, area, area != this.area))
                .toList();
    }

    SlippedCommitment toSlipped(List<SlippedCommitment.Revision> revisions) {
        return new SlippedCommitment(
                id, area, jointAreas(), theme, status, originalDueDate, dueDate, dueDateRevisions, slipped, revisions);
    }
}
