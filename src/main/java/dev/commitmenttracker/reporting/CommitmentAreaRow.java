package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The commitment-progress projection's record that a commitment counts under an Area. */
@Entity
@Table(name = "report_commitment_area")
class CommitmentAreaRow extends AreaMembership {

    protected CommitmentAreaRow() {
    }

    CommitmentAreaRow(String commitmentId, AreaCode area, boolean joint) {
        super(commitmentId, area, joint);
    }
}
