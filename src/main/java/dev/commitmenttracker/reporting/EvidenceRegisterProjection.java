package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The "evidence-register" projection: each evidence record under each Area its commitment counts under, and
 * compliance counters per Area, theme and quarter. Idempotent: the commitment row remembers the sequence number of
 * the last evidence event taken in, and a record and its counters are written only for a later one.
 */
@Component
@ProcessingGroup(ReportingGroups.EVIDENCE_REGISTER)
class EvidenceRegisterProjection {

    private final EntityManager entityManager;
    private final EvidenceCommitmentRows commitments;
    private final EvidenceRows evidence;
    private final ComplianceTrendRows trend;
    private final BatchCache<String, EvidenceCommitmentRow> rows;
    private final BatchCache<String, ComplianceTrendRow> trendCounters;

    EvidenceRegisterProjection(EntityManager entityManager, EvidenceCommitmentRows commitments, EvidenceRows evidence,
                               ComplianceTrendRows trend) {
        this.entityManager = entityManager;
        this.commitments = commitments;
        this.evidence = evidence;
        this.trend = trend;
        this.rows = BatchCache.byCommitment(EvidenceCommitmentRow.class, entityManager, row -> row.id, commitments::findAllById);
        this.trendCounters = BatchCache.whole(ComplianceTrendRow.class, entityManager, point -> point.id);
    }

    @EventHandler
    void on(CommitmentRecorded event) {
        if (rows.find(event.commitmentId()) == null) {
            rows.add(new EvidenceCommitmentRow(event));
        }
    }

    @EventHandler
    void on(EvidenceRecorded event, @SequenceNumber long sequence) {
        EvidenceCommitmentRow commitment = Rows.require(rows.find(event.commitmentId()), event);
        if (sequence <= commitment.lastSequence) {
            return;
        }
        // everything that can fail comes before the first change: a refused event is parked with nothing of it applied
        String key = event.commitmentId() + "/" + sequence;
        Evidence recorded = EvidenceRow.evidenceOf(event);
        List<EvidenceRow> records = commitment.areas().stream().map(area -> new EvidenceRow(key, commitment, area, event)).toList();
        commitment.takeIn(sequence);
        for (EvidenceRow row : records) {
            AreaCode area = row.area;
            DeferredInserts.persist(entityManager, row);
            String id = ComplianceTrendRow.id(area, commitment.theme, row.quarter);
            ComplianceTrendRow point = trendCounters.find(id);
            if (point == null) {
                point = trendCounters.add(new ComplianceTrendRow(area, commitment.theme, row.quarter));
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
