package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a commitment counts under an Area in the slippage report. Never changes once written. */
@Entity
@Table(name = "report_slippage_area_commitment")
class SlippageAreaRow {

    @Id
    String id;
    @Column(name = "commitment_id")
    String commitmentId;
    @Enumerated(EnumType.STRING)
    AreaCode area;
    boolean joint;

    protected SlippageAreaRow() {
    }

    SlippageAreaRow(String commitmentId, AreaCode area, boolean joint) {
        this.id = commitmentId + "/" + area.name();
        this.commitmentId = commitmentId;
        this.area = area;
        this.joint = joint;
    }
}
