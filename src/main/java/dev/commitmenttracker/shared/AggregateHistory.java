package dev.commitmenttracker.shared;

import java.util.List;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The recorded events of one aggregate, oldest first, read straight from the event store: events only, from the
 * first, without looking for a snapshot (snapshots are a shortcut for loading an aggregate, not part of its history).
 */
public record AggregateHistory(String aggregateId, List<? extends DomainEventMessage<?>> events) {

    public static AggregateHistory read(EventStore eventStore, String aggregateId) {
        if (!storable(aggregateId)) {
            // no event can be stored under such an id (the commands' limits), and PostgreSQL refuses to look one up
            return new AggregateHistory(aggregateId, List.of());
        }
        return new AggregateHistory(
                aggregateId, eventStore.readEvents(aggregateId, 0).asStream().toList());
    }

    /** Whether an event could be stored under this id at all (the commands' limits); PostgreSQL refuses to look up some others. */
    public static boolean storable(String aggregateId) {
        return aggregateId != null
                && aggregateId.length() <= Limits.ID
                && PlainText.Check.firstFault(aggregateId, false) == null;
    }

    /** The events that meet the condition, in their order: e.g. those recorded up to an instant. */
    public AggregateHistory where(Predicate<DomainEventMessage<?>> condition) {
        return new AggregateHistory(
                aggregateId, events.stream().filter(condition::test).toList());
    }

    public boolean exists() {
        return !events.isEmpty();
    }

    /** The sequence number of the last event: the aggregate's version; -1 when nothing is recorded. */
    public long version() {
        return events.isEmpty() ? -1 : events.get(events.size() - 1).getSequenceNumber();
    }

    public List<Object> payloads() {
        return events.stream().<Object>map(DomainEventMessage::getPayload).toList();
    }
}
