package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentEvent;

/** Small helpers shared by the projections. */
final class Rows {

    private Rows() {
    }

    /**
     * The row of the commitment an event concerns. A commitment's events arrive in order, CommitmentRecorded first, so
     * a missing row is a fault: it fails the batch (and so stops the processor visibly) rather than being skipped.
     */
    static <T> T require(T row, CommitmentEvent event) {
        if (row == null) {
            throw new IllegalStateException("No row for commitment " + event.commitmentId() + " to apply "
                    + event.getClass().getSimpleName() + " to: its CommitmentRecorded was never projected");
        }
        return row;
    }
}
