package dev.commitmenttracker.reporting.evidence;

import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.reporting.processing.BatchCache;
import dev.commitmenttracker.reporting.processing.DeferredInserts;
import dev.commitmenttracker.reporting.processing.ProjectionRows;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The "evidence-register" projection: each evidence record under each Area its commitment counts under
 * ({@link EvidenceRow}), and compliance counters per Area, theme and quarter ({@link ComplianceTally}). Idempotent: the
 * commitment row remembers the sequence number of the last evidence event taken in, and a record and its counters are
 * written only for a later one.
 */
@Component
@ProcessingGroup(ReportingGroups.EVIDENCE_REGISTER)
class EvidenceRegisterProjection {

    private final EntityManager entityManager;
    private final BatchCache<String, EvidenceCommitmentRow> rows;
    private final BatchCache<String, ComplianceTally> trendCounters;

    EvidenceRegisterProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.rows = BatchCache.byCommitment(EvidenceCommitmentRow.class, entityManager, row -> row.id);
        this.trendCounters = BatchCache.whole(ComplianceTally.class, entityManager, tally -> tally.id);
    }

    @EventHandler
    void on(CommitmentRecorded event) {
        if (rows.find(event.commitmentId()) == null) {
            rows.add(new EvidenceCommitmentRow(event));
        }
    }

    @EventHandler
    void on(EvidenceRecorded event, @SequenceNumber long sequence) {
        EvidenceCommitmentRow commitment = ProjectionRows.require(rows.find(event.commitmentId()), event);
        if (sequence <= commitment.lastSequence) {
            return;
        }
        // everything that can fail comes before the first change: a refused event is parked with nothing of it applied
        String key = event.commitmentId() + "/" + sequence;
        Evidence recorded = EvidenceRow.evidenceOf(event);
        List<EvidenceRow> records = commitment.areas().stream()
                .map(area -> new EvidenceRow(key, commitment, area, event))
                .toList();
        commitment.takeIn(sequence);
        for (EvidenceRow row : records) {
            AreaCode area = row.area;
            DeferredInserts.persist(entityManager, row);
            String id = ComplianceTally.id(area, commitment.theme, row.quarter);
            ComplianceTally tally = trendCounters.find(id);
            if (tally == null) {
                tally = trendCounters.add(new ComplianceTally(area, commitment.theme, row.quarter));
            }
            tally.count(recorded);
        }
    }

    @ResetHandler
    void reset() {
        ProjectionRows.deleteAll(entityManager, EvidenceRow.class, ComplianceTally.class, EvidenceCommitmentRow.class);
    }
}
