package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AggregateHistory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The Area page's timeline as it was computed before the "area-timeline" projection, kept as the reference the
 * projection must agree with: every stream of the Area read and folded anew for each month's end.
 */
final class ReplayedTimeline {

    private ReplayedTimeline() {}

    static List<ProgressOverTime.Month> monthly(EventStore eventStore, List<String> commitmentIds, LocalDate until) {
        List<List<DomainEventMessage<?>>> histories = new ArrayList<>();
        LocalDate first = null;
        for (String id : commitmentIds) {
            List<DomainEventMessage<?>> events =
                    new ArrayList<>(AggregateHistory.read(eventStore, id).events());
            histories.add(events);
            for (DomainEventMessage<?> event : events) {
                if (event.getPayload() instanceof CommitmentEvent fact
                        && (first == null || fact.businessDate().isBefore(first))) {
                    first = fact.businessDate();
                }
            }
        }
        List<ProgressOverTime.Month> months = new ArrayList<>();
        if (first == null || first.isAfter(until)) {
            return months;
        }
        for (YearMonth month = YearMonth.from(first);
                !month.isAfter(YearMonth.from(until));
                month = month.plusMonths(1)) {
            LocalDate on = month.atEndOfMonth().isAfter(until) ? until : month.atEndOfMonth();
            long open = 0;
            long evidenced = 0;
            long closed = 0;
            for (List<DomainEventMessage<?>> events : histories) {
                List<Object> known = events.stream()
                        .map(DomainEventMessage::getPayload)
                        .filter(payload -> payload instanceof CommitmentEvent fact
                                && !fact.businessDate().isAfter(on))
                        .map(Object.class::cast)
                        .toList();
                CommitmentStatus status = CommitmentState.replay(known)
                        .map(CommitmentState::status)
                        .orElse(null);
                if (status == CommitmentStatus.CLOSED) {
                    closed++;
                } else if (status == CommitmentStatus.EVIDENCED) {
                    evidenced++;
                } else if (status != null && status.isOpen()) {
                    open++;
                }
            }
            months.add(new ProgressOverTime.Month(month, on, open, evidenced, closed));
        }
        return months;
    }
}
