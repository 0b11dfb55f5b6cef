package dev.commitmenttracker.reporting.evidence;

import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One evidence record as listed under one Area: the commitment's own Area ({@code joint} false) or one it is held
 * jointly with. Written once per Area when the evidence is recorded; never changed.
 */
@Entity(name = "EvidenceRow")
@Table(name = "report_evidence")
class EvidenceRow {

    @Id
    String id;
    /** The evidence record itself: commitment id and the sequence number of its EvidenceRecorded event. */
    @Column(name = "evidence_key")
    String evidenceKey;

    @Column(name = "commitment_id")
    String commitmentId;

    @Enumerated(EnumType.STRING)
    AreaCode area;

    boolean joint;

    @Enumerated(EnumType.STRING)
    Theme theme;

    @Enumerated(EnumType.STRING)
    AssuranceMethod method;

    @Column(name = "effective_on")
    LocalDate effectiveOn;

    String quarter;

    @Column(name = "sample_size")
    Integer sampleSize;

    @Column(name = "compliant_count")
    Integer compliantCount;

    @Column(name = "compliance_percent")
    BigDecimal compliancePercent;

    String reference;

    @Column(name = "recorded_on")
    LocalDate recordedOn;

    protected EvidenceRow() {}

    EvidenceRow(String evidenceKey, EvidenceCommitmentRow commitment, AreaCode area, EvidenceRecorded event) {
        Evidence evidence = evidenceOf(event);
        this.id = id(evidenceKey, area);
        this.evidenceKey = evidenceKey;
        this.commitmentId = commitment.id;
        this.area = area;
        this.joint = area != commitment.area;
        this.theme = commitment.theme;
        this.method = evidence.method();
        this.effectiveOn = evidence.effectiveOn();
        this.quarter = Quarters.of(evidence.effectiveOn());
        this.sampleSize = evidence.sampleSize();
        this.compliantCount = evidence.compliantCount();
        this.compliancePercent = evidence.compliancePercent();
        this.reference = evidence.reference();
        this.recordedOn = evidence.recordedOn();
    }

    static String id(String evidenceKey, AreaCode area) {
        return evidenceKey + "/" + area.name();
    }

    /** The evidence as the commitment holds it, so that compliance is computed by the write side's rule. */
    static Evidence evidenceOf(EvidenceRecorded event) {
        return new Evidence(
                event.method(),
                event.effectiveOn(),
                event.sampleSize(),
                event.compliantCount(),
                event.summary(),
                event.reference(),
                event.recordedOn());
    }

    EvidenceEntry toEntry() {
        return new EvidenceEntry(
                area,
                joint,
                commitmentId,
                theme,
                method,
                effectiveOn,
                quarter,
                sampleSize,
                compliantCount,
                compliancePercent,
                reference,
                recordedOn);
    }
}
