package dev.commitmenttracker.reporting.evidence;

import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.reporting.processing.JointAreas;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** What the evidence register needs to know of a commitment: its Areas and theme, which never change. */
@Entity(name = "EvidenceCommitmentRow")
@Table(name = "report_evidence_commitment")
class EvidenceCommitmentRow {

    @Id
    String id;

    @Enumerated(EnumType.STRING)
    AreaCode area;

    @Column(name = "joint_with")
    String jointWith;

    @Enumerated(EnumType.STRING)
    Theme theme;
    /** The sequence number of the last evidence event taken in; a redelivered one is at or below it. */
    @Column(name = "last_sequence")
    long lastSequence;

    protected EvidenceCommitmentRow() {}

    EvidenceCommitmentRow(CommitmentRecorded event) {
        id = event.commitmentId();
        area = event.area();
        jointWith = JointAreas.encode(event.jointWith());
        theme = event.theme();
    }

    /** Takes in an evidence event unless it already has: events of a commitment arrive in sequence order. */
    boolean takeIn(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }

    /** Its own Area first, then the joint ones. */
    List<AreaCode> areas() {
        return JointAreas.withOwn(area, jointWith);
    }
}
