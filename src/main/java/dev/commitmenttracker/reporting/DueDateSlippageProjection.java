package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The "due-date-slippage" projection: every commitment's original and current due date, each revision with its
 * reason, and per Area the count of revised and of slipped commitments. Idempotent through the last sequence number
 * folded into each commitment row.
 */
@Component
@ProcessingGroup(ReportingGroups.DUE_DATE_SLIPPAGE)
class DueDateSlippageProjection {

    private final EntityManager entityManager;
    private final SlippageRows commitments;
    private final SlippageAreaRows commitmentAreas;
    private final RevisionRows revisions;
    private final SlippageTallies tallies;
    private final BatchCache<String, SlippageRow> rows;
    private final BatchCache<AreaCode, SlippageTally> counters;

    DueDateSlippageProjection(EntityManager entityManager, SlippageRows commitments, SlippageAreaRows commitmentAreas,
                              RevisionRows revisions, SlippageTallies tallies) {
        this.entityManager = entityManager;
        this.commitments = commitments;
        this.commitmentAreas = commitmentAreas;
        this.revisions = revisions;
        this.tallies = tallies;
        this.rows = BatchCache.byCommitment(SlippageRow.class, entityManager, row -> row.id, commitments::findAllById);
        this.counters = BatchCache.whole(SlippageTally.class, entityManager, tally -> tally.area);
    }

    @EventHandler
    void on(CommitmentRecorded event, @SequenceNumber long sequence) {
        if (rows.find(event.commitmentId()) != null) {
            return;
        }
        SlippageRow row = rows.add(new SlippageRow(event, sequence));
        for (AreaCode area : row.areas()) {
            DeferredInserts.persist(entityManager, new SlippageAreaRow(row.id, area, area != row.area));
        }
    }

    @EventHandler
    void on(DueDateRevised event, @SequenceNumber long sequence) {
        SlippageRow row = Rows.require(rows.find(event.commitmentId()), event);
        boolean wasRevised = row.dueDateRevisions > 0;
        boolean wasSlipped = row.slipped;
        if (!row.fold(event, sequence)) {
            return;
        }
        DeferredInserts.persist(entityManager, new RevisionRow(event, sequence, row.dueDateRevisions));
        if (wasRevised != (row.dueDateRevisions > 0) || wasSlipped != row.slipped) {
            for (AreaCode area : row.areas()) {
                SlippageTally tally = counters.find(area);
                if (tally == null) {
                    tally = counters.add(new SlippageTally(area));
                }
                tally.count(wasRevised, wasSlipped, row.dueDateRevisions > 0, row.slipped);
            }
        }
    }

    /** Every other commitment event: folded in, so that the row's status and sequence stay current. */
    @EventHandler
    void on(CommitmentEvent event, @SequenceNumber long sequence) {
        Rows.require(rows.find(event.commitmentId()), event).fold(event, sequence);
    }

    @ResetHandler
    void reset() {
        revisions.deleteAllInBatch();
        commitmentAreas.deleteAllInBatch();
        commitments.deleteAllInBatch();
        tallies.deleteAllInBatch();
    }
}
