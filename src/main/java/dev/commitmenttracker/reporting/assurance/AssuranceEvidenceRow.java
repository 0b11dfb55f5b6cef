package dev.commitmenttracker.reporting.assurance;

import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.shared.AssuranceMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The method and business date of one piece of a commitment's evidence: what a missed check looks for. Written once. */
@Entity(name = "AssuranceEvidenceRow")
@Table(name = "report_assurance_evidence")
class AssuranceEvidenceRow {

    @Id
    String id;

    @Column(name = "commitment_id")
    String commitmentId;

    long sequence;

    @Enumerated(EnumType.STRING)
    AssuranceMethod method;

    @Column(name = "effective_on")
    LocalDate effectiveOn;

    protected AssuranceEvidenceRow() {}

    AssuranceEvidenceRow(EvidenceRecorded event, long sequence) {
        id = event.commitmentId() + "/" + sequence;
        commitmentId = event.commitmentId();
        this.sequence = sequence;
        method = event.method();
        effectiveOn = event.effectiveOn();
    }

    MissedPeriods.Check check() {
        return new MissedPeriods.Check(method, effectiveOn);
    }
}
