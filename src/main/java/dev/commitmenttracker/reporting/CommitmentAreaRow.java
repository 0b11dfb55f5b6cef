package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a commitment counts under an Area: its own, or one it is held jointly with. Never changes once written. */
@Entity
@Table(name = "report_commitment_area")
class CommitmentAreaRow {

    @Id
    String id;
    @Column(name = "commitment_id")
    String commitmentId;
    @Enumerated(EnumType.STRING)
    AreaCode area;
    boolean joint;

    protected CommitmentAreaRow() {
    }

    CommitmentAreaRow(String commitmentId, AreaCode area, boolean joint) {
        this.id = commitmentId + "/" + area.name();
        this.commitmentId = commitmentId;
        this.area = area;
        this.joint = joint;
    }
}
