package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Counters of an Area's commitments owned by one role ({@value #UNASSIGNED} before the first assignment), by status. */
@Entity
@Table(name = "report_area_owner_tally")
class AreaOwnerTally {

    /** The owner role key of commitments not yet assigned. */
    static final String UNASSIGNED = "UNASSIGNED";

    @Id
    String id;
    @Enumerated(EnumType.STRING)
    AreaCode area;
    @Column(name = "owner_role")
    String ownerRole;
    @Embedded
    StatusCounts counts = new StatusCounts();

    protected AreaOwnerTally() {
    }

    AreaOwnerTally(AreaCode area, OwnerRole ownerRole) {
        this.id = id(area, ownerRole);
        this.area = area;
        this.ownerRole = ownerKey(ownerRole);
    }

    static String id(AreaCode area, OwnerRole ownerRole) {
        return area.name() + "/" + ownerKey(ownerRole);
    }

    static String ownerKey(OwnerRole ownerRole) {
        return ownerRole == null ? UNASSIGNED : ownerRole.name();
    }

    void count(CommitmentStatus status, int delta) {
        counts.add(status, delta);
    }
}
