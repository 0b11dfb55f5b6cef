package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The due-date-slippage projection's record that a commitment counts under an Area. */
@Entity
@Table(name = "report_slippage_area_commitment")
class SlippageAreaRow extends AreaMembership {

    protected SlippageAreaRow() {
    }

    SlippageAreaRow(String commitmentId, AreaCode area, boolean joint) {
        super(commitmentId, area, joint);
    }
}
