package dev.commitmenttracker.reporting.slippage;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.reporting.processing.BatchCache;
import dev.commitmenttracker.reporting.processing.DeferredInserts;
import dev.commitmenttracker.reporting.processing.ProjectionRows;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The "due-date-slippage" projection: every commitment's original and current due date, each revision with its
 * reason ({@link RevisionRow}), and per Area the count of revised and of slipped commitments ({@link SlippageTally}).
 * Idempotent through the last sequence number folded into each commitment row.
 */
@Component
@ProcessingGroup(ReportingGroups.DUE_DATE_SLIPPAGE)
class DueDateSlippageProjection {

    private final EntityManager entityManager;
    private final BatchCache<String, SlippageCommitmentRow> rows;
    private final BatchCache<AreaCode, SlippageTally> counters;

    DueDateSlippageProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.rows = BatchCache.byCommitment(SlippageCommitmentRow.class, entityManager, SlippageCommitmentRow::id);
        this.counters = BatchCache.whole(SlippageTally.class, entityManager, tally -> tally.area);
    }

    @EventHandler
    void on(CommitmentRecorded event, @SequenceNumber long sequence) {
        if (rows.find(event.commitmentId()) != null) {
            return;
        }
        SlippageCommitmentRow row = rows.add(new SlippageCommitmentRow(event, sequence));
        row.inAreas().forEach(inArea -> DeferredInserts.persist(entityManager, inArea));
    }

    @EventHandler
    void on(DueDateRevised event, @SequenceNumber long sequence) {
        SlippageCommitmentRow row = ProjectionRows.require(rows.find(event.commitmentId()), event);
        boolean wasRevised = row.dueDateRevisions() > 0;
        boolean wasSlipped = row.slipped;
        if (!row.fold(event, sequence)) {
            return;
        }
        DeferredInserts.persist(entityManager, new RevisionRow(event, sequence, row.dueDateRevisions()));
        if (wasRevised != (row.dueDateRevisions() > 0) || wasSlipped != row.slipped) {
            for (AreaCode area : row.areas()) {
                SlippageTally tally = counters.find(area);
                if (tally == null) {
                    tally = counters.add(new SlippageTally(area));
                }
                tally.count(wasRevised, wasSlipped, row.dueDateRevisions() > 0, row.slipped);
            }
        }
    }

    /** Every other commitment event: folded in, so that the row's status and sequence stay current. */
    @EventHandler
    void on(CommitmentEvent event, @SequenceNumber long sequence) {
        ProjectionRows.require(rows.find(event.commitmentId()), event).fold(event, sequence);
    }

    @ResetHandler
    void reset() {
        ProjectionRows.deleteAll(
                entityManager,
                RevisionRow.class,
                SlippageCommitmentRow.InArea.class,
                SlippageCommitmentRow.class,
                SlippageTally.class);
    }
}
