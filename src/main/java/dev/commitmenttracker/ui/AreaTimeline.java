package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.reporting.asof.AreaEventsAsOf;
import dev.commitmenttracker.reporting.timeline.ProgressOverTime;
import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An Area's commitments over time, from the recorded history. The progress month by month (how many of its commitments
 * stood open, evidenced and closed at the end of each month, on that business date) comes from the "area-timeline"
 * projection ({@link ProgressOverTime}) in one query; the commitments as they stood on a past date from one streaming
 * pass over the Area's events ({@link AreaEventsAsOf}), folded by the aggregate's own fold.
 */
@Component
class AreaTimeline {

    /** The counts at the end of a month (or on the last day asked for, for its month). */
    record Month(YearMonth month, LocalDate on, long open, long evidenced, long closed) {}

    private final ProgressOverTime progressOverTime;
    private final AreaEventsAsOf eventsAsOf;

    AreaTimeline(ProgressOverTime progressOverTime, AreaEventsAsOf eventsAsOf) {
        this.progressOverTime = progressOverTime;
        this.eventsAsOf = eventsAsOf;
    }

    /** One entry per month from the Area's first business date up to the month of {@code until}; empty without commitments. */
    List<Month> monthly(AreaCode area, LocalDate until) {
        return progressOverTime.monthly(area, until).stream()
                .map(m -> new Month(m.month(), m.on(), m.open(), m.evidenced(), m.closed()))
                .toList();
    }

    /** Each commitment that counts under the Area as it stood on that business date; those with no fact by then left out. */
    List<CommitmentState> on(AreaCode area, LocalDate date) {
        List<CommitmentState> states = new ArrayList<>();
        eventsAsOf.forEach(area, null, date, states::add);
        return states;
    }
}
