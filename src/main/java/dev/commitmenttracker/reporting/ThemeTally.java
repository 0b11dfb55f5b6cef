package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Counters of all commitments of one theme by status, each commitment counted once however many Areas hold it. */
@Entity
@Table(name = "report_theme_tally")
class ThemeTally {

    @Id
    @Enumerated(EnumType.STRING)
    Theme theme;
    @Embedded
    StatusCounts counts = new StatusCounts();

    protected ThemeTally() {
    }

    ThemeTally(Theme theme) {
        this.theme = theme;
    }

    void count(CommitmentStatus status, int delta) {
        counts.add(status, delta);
    }
}
