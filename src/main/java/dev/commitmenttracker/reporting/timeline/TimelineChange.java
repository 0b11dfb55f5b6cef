package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** How many more (or fewer) of an Area's commitments stand in a status from a business date on; written by {@link PendingChanges}. */
@Entity
@Table(name = "timeline_change")
class TimelineChange {

    @Id
    String id;

    @Enumerated(EnumType.STRING)
    AreaCode area;

    @Column(name = "on_date")
    LocalDate on;

    @Enumerated(EnumType.STRING)
    CommitmentStatus status;

    long delta;

    protected TimelineChange() {}

    static String key(AreaCode area, LocalDate on, CommitmentStatus status) {
        return area.name() + "/" + on + "/" + status.name();
    }
}
