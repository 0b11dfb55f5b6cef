package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.shared.AggregateHistory;
import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * An Area's progress over time, from the recorded history: at the end of each month, how many of its commitments
 * stood open, evidenced and closed on that business date. Each commitment's stream is read once and folded by the
 * same fold as the aggregate ({@link CommitmentState#replay}), keeping the events whose business date is on or before
 * the month's end, as the validAt report does.
 */
@Component
class AreaTimeline {

    /** The counts at the end of a month (or on today, for the current month). */
    record Month(YearMonth month, LocalDate on, long open, long evidenced, long closed) {
    }

    private final ProgressReports progress;
    private final EventStore eventStore;

    AreaTimeline(ProgressReports progress, EventStore eventStore) {
        this.progress = progress;
        this.eventStore = eventStore;
    }

    /** One entry per month from the Area's first business date up to the month of {@code until}; empty without commitments. */
    List<Month> monthly(AreaCode area, LocalDate until) {
        List<List<DomainEventMessage<?>>> histories = new ArrayList<>();
        LocalDate first = null;
        for (String id : progress.commitmentIdsIn(area)) {
            List<DomainEventMessage<?>> events = new ArrayList<>(AggregateHistory.read(eventStore, id).events());
            histories.add(events);
            for (DomainEventMessage<?> event : events) {
                if (event.getPayload() instanceof CommitmentEvent fact && (first == null || fact.businessDate().isBefore(first))) {
                    first = fact.businessDate();
                }
            }
        }
        List<Month> months = new ArrayList<>();
        if (first == null || first.isAfter(until)) {
            return months;
        }
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(until)); month = month.plusMonths(1)) {
            LocalDate on = month.atEndOfMonth().isAfter(until) ? until : month.atEndOfMonth();
            long open = 0;
            long evidenced = 0;
            long closed = 0;
            for (List<DomainEventMessage<?>> events : histories) {
                List<Object> known = events.stream().map(DomainEventMessage::getPayload)
                        .filter(payload -> payload instanceof CommitmentEvent fact && !fact.businessDate().isAfter(on))
                        .map(Object.class::cast).toList();
                CommitmentStatus status = CommitmentState.replay(known).map(CommitmentState::status).orElse(null);
                if (status == CommitmentStatus.CLOSED) {
                    closed++;
                } else if (status == CommitmentStatus.EVIDENCED) {
                    evidenced++;
                } else if (status != null && status.isOpen()) {
                    open++;
                }
            }
            months.add(new Month(month, on, open, evidenced, closed));
        }
        return months;
    }
}
