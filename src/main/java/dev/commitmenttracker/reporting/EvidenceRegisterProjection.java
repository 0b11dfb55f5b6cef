package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The "evidence-register" projection: each evidence record under each Area its commitment counts under, and
 * compliance counters per Area, theme and quarter. Idempotent: an evidence record is keyed by its commitment and the
 * sequence number of its event, and counters move only when that record is first written.
 */
@Component
@ProcessingGroup(ReportingGroups.EVIDENCE_REGISTER)
class EvidenceRegisterProjection {

    private final EntityManager entityManager;
    private final EvidenceCommitmentRows commitments;
    private final EvidenceRows evidence;
    private final ComplianceTrendRows trend;

    EvidenceRegisterProjection(EntityManager entityManager, EvidenceCommitmentRows commitments, EvidenceRows evidence,
                               ComplianceTrendRows trend) {
        this.entityManager = entityManager;
        this.commitments = commitments;
        this.evidence = evidence;
        this.trend = trend;
    }

    @EventHandler
    void on(CommitmentRecorded event) {
        if (entityManager.find(EvidenceCommitmentRow.class, event.commitmentId()) == null) {
            entityManager.persist(new EvidenceCommitmentRow(event));
        }
    }

    @EventHandler
    void on(EvidenceRecorded event, @SequenceNumber long sequence) {
        EvidenceCommitmentRow commitment = Rows.require(entityManager.find(EvidenceCommitmentRow.class, event.commitmentId()), event);
        String key = event.commitmentId() + "/" + sequence;
        if (entityManager.find(EvidenceRow.class, EvidenceRow.id(key, commitment.area)) != null) {
            return;
        }
        Evidence recorded = EvidenceRow.evidenceOf(event);
        for (AreaCode area : commitment.areas()) {
            EvidenceRow row = new EvidenceRow(key, commitment, area, event);
            entityManager.persist(row);
            String id = ComplianceTrendRow.id(area, commitment.theme, row.quarter);
            ComplianceTrendRow point = entityManager.find(ComplianceTrendRow.class, id);
            if (point == null) {
                point = new ComplianceTrendRow(area, commitment.theme, row.quarter);
                entityManager.persist(point);
            }
            point.count(recorded);
        }
    }

    @ResetHandler
    void reset() {
        evidence.deleteAllInBatch();
        trend.deleteAllInBatch();
        commitments.deleteAllInBatch();
    }
}
