package dev.commitmenttracker.ui;

import dev.commitmenttracker.reporting.timeline.ProgressOverTime;
import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An Area's progress over time, from the recorded history: at the end of each month, how many of its commitments
 * stood open, evidenced and closed on that business date (the validAt view of each). Read from the "area-timeline"
 * projection ({@link ProgressOverTime}) in one query, not from the commitments' streams.
 */
@Component
class AreaTimeline {

    /** The counts at the end of a month (or on today, for the current month). */
    record Month(YearMonth month, LocalDate on, long open, long evidenced, long closed) {
    }

    private final ProgressOverTime progressOverTime;

    AreaTimeline(ProgressOverTime progressOverTime) {
        this.progressOverTime = progressOverTime;
    }

    /** One entry per month from the Area's first business date up to the month of {@code until}; empty without commitments. */
    List<Month> monthly(AreaCode area, LocalDate until) {
        return progressOverTime.monthly(area, until).stream()
                .map(m -> new Month(m.month(), m.on(), m.open(), m.evidenced(), m.closed())).toList();
    }
}
