package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Counters of an Area's commitments of one theme and one owner role, by status. */
@Entity
@Table(name = "report_area_tally")
class AreaTally {

    /** The owner role key of commitments not yet assigned. */
    static final String UNASSIGNED = "UNASSIGNED";

    @Id
    String id;
    @Enumerated(EnumType.STRING)
    AreaCode area;
    @Enumerated(EnumType.STRING)
    Theme theme;
    @Column(name = "owner_role")
    String ownerRole;
    @Embedded
    StatusCounts counts = new StatusCounts();

    protected AreaTally() {
    }

    AreaTally(AreaCode area, Theme theme, OwnerRole ownerRole) {
        this.id = id(area, theme, ownerRole);
        this.area = area;
        this.theme = theme;
        this.ownerRole = ownerKey(ownerRole);
    }

    static String id(AreaCode area, Theme theme, OwnerRole ownerRole) {
        return area.name() + "/" + theme.name() + "/" + ownerKey(ownerRole);
    }

    static String ownerKey(OwnerRole ownerRole) {
        return ownerRole == null ? UNASSIGNED : ownerRole.name();
    }

    void count(CommitmentStatus status, int delta) {
        counts.add(status, delta);
    }
}
