package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Counters of an Area's commitments on one theme, by status. */
@Entity
@Table(name = "report_area_theme_tally")
class AreaThemeTally {

    @Id
    String id;
    @Enumerated(EnumType.STRING)
    AreaCode area;
    @Enumerated(EnumType.STRING)
    Theme theme;
    @Embedded
    StatusCounts counts = new StatusCounts();

    protected AreaThemeTally() {
    }

    AreaThemeTally(AreaCode area, Theme theme) {
        this.id = id(area, theme);
        this.area = area;
        this.theme = theme;
    }

    static String id(AreaCode area, Theme theme) {
        return area.name() + "/" + theme.name();
    }

    void count(CommitmentStatus status, int delta) {
        counts.add(status, delta);
    }
}
