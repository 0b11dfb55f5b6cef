package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.ProgressReports;
import dev.commitmenttracker.shared.AggregateHistory;
import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * An Area's commitments over time, from the recorded history. Each commitment's stream is read once ({@link #read})
 * and folded by the same fold as the aggregate ({@link CommitmentState#replay}), keeping the events whose business date
 * is on or before the day asked for, as the validAt report does. From that one read come the progress month by month
 * (how many stood open, evidenced and closed at the end of each month) and the commitments as they stood on a date.
 */
@Component
class AreaTimeline {

    /** The counts at the end of a month (or on the last day asked for, for its month). */
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
        return read(area).monthly(until);
    }

    /** The recorded histories of the commitments that count under the Area (its own and joint ones): one read per stream. */
    Histories read(AreaCode area) {
        List<List<CommitmentEvent>> histories = new ArrayList<>();
        for (String id : progress.commitmentIdsIn(area)) {
            histories.add(AggregateHistory.read(eventStore, id).events().stream().map(DomainEventMessage::getPayload)
                    .filter(CommitmentEvent.class::isInstance).map(CommitmentEvent.class::cast).toList());
        }
        return new Histories(histories);
    }

    /** The histories of an Area's commitments, each oldest first, read once and folded as often as asked. */
    record Histories(List<List<CommitmentEvent>> commitments) {

        /** Each commitment as it stood on that business date; those with no fact by then are left out. */
        List<CommitmentState> on(LocalDate date) {
            List<CommitmentState> states = new ArrayList<>();
            for (List<CommitmentEvent> events : commitments) {
                stateOn(events, date).ifPresent(states::add);
            }
            return states;
        }

        /** One entry per month from the first business date up to the month of {@code until}; empty without commitments. */
        List<Month> monthly(LocalDate until) {
            LocalDate first = commitments.stream().flatMap(List::stream).map(CommitmentEvent::businessDate).min(LocalDate::compareTo).orElse(null);
            List<Month> months = new ArrayList<>();
            if (first == null || first.isAfter(until)) {
                return months;
            }
            for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(until)); month = month.plusMonths(1)) {
                LocalDate on = month.atEndOfMonth().isAfter(until) ? until : month.atEndOfMonth();
                long open = 0;
                long evidenced = 0;
                long closed = 0;
                for (CommitmentState state : on(on)) {
                    CommitmentStatus status = state.status();
                    if (status == CommitmentStatus.CLOSED) {
                        closed++;
                    } else if (status == CommitmentStatus.EVIDENCED) {
                        evidenced++;
                    } else if (status.isOpen()) {
                        open++;
                    }
                }
                months.add(new Month(month, on, open, evidenced, closed));
            }
            return months;
        }

        private static Optional<CommitmentState> stateOn(List<CommitmentEvent> events, LocalDate date) {
            return CommitmentState.replay(events.stream().filter(fact -> !fact.businessDate().isAfter(date)).toList());
        }
    }
}
