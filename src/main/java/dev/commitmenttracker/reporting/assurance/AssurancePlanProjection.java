package dev.commitmenttracker.reporting.assurance;

import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.reporting.processing.BatchCache;
import dev.commitmenttracker.reporting.processing.DeferredInserts;
import dev.commitmenttracker.reporting.processing.ProjectionRows;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The "assurance-plan" projection: a row per commitment (where it stands, whether it is planned, when it was closed or
 * withdrawn), every plan recorded and the method and business date of every piece of evidence. Missed checks are
 * derived from these rows when asked ({@link MissedChecks}), so they follow the clock without any event. Idempotent
 * through the last sequence number folded into each commitment row: a plan or evidence row is written only when its
 * event is folded in for the first time.
 */
@Component
@ProcessingGroup(ReportingGroups.ASSURANCE_PLAN)
class AssurancePlanProjection {

    private final EntityManager entityManager;
    private final BatchCache<String, AssuranceCommitmentRow> rows;

    AssurancePlanProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.rows = BatchCache.byCommitment(AssuranceCommitmentRow.class, entityManager, AssuranceCommitmentRow::id);
    }

    @EventHandler
    void on(CommitmentRecorded event, @SequenceNumber long sequence) {
        if (rows.find(event.commitmentId()) == null) {
            rows.add(new AssuranceCommitmentRow(event, sequence));
        }
    }

    @EventHandler
    void on(AssurancePlanRecorded event, @SequenceNumber long sequence) {
        AssuranceCommitmentRow row = ProjectionRows.require(rows.find(event.commitmentId()), event);
        if (row.fold(event, sequence)) {
            row.markPlanned();
            DeferredInserts.persist(entityManager, new AssurancePlanRow(event, sequence));
        }
    }

    @EventHandler
    void on(EvidenceRecorded event, @SequenceNumber long sequence) {
        AssuranceCommitmentRow row = ProjectionRows.require(rows.find(event.commitmentId()), event);
        if (row.fold(event, sequence)) {
            DeferredInserts.persist(entityManager, new AssuranceEvidenceRow(event, sequence));
        }
    }

    /** Every other commitment event: folded in, so that status, owner, due date and pauses stay current. */
    @EventHandler
    void on(CommitmentEvent event, @SequenceNumber long sequence) {
        ProjectionRows.require(rows.find(event.commitmentId()), event).fold(event, sequence);
    }

    @ResetHandler
    void reset() {
        ProjectionRows.deleteAll(
                entityManager, AssurancePlanRow.class, AssuranceEvidenceRow.class, AssuranceCommitmentRow.class);
    }
}
