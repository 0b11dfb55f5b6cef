package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Where an Area's timeline starts: the earliest business date of any event of its commitments. */
@Entity
@Table(name = "timeline_area")
class TimelineArea {

    @Id
    @Enumerated(EnumType.STRING)
    AreaCode area;

    @Column(name = "first_on")
    LocalDate firstOn;

    protected TimelineArea() {}

    TimelineArea(AreaCode area, LocalDate firstOn) {
        this.area = area;
        this.firstOn = firstOn;
    }

    void seen(LocalDate on) {
        if (on.isBefore(firstOn)) {
            firstOn = on;
        }
    }
}
