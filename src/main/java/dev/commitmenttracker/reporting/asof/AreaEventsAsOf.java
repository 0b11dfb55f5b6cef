package dev.commitmenttracker.reporting.asof;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.shared.AreaCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The commitments of an Area as they stood at a past time, from one streaming read of their events: a single query over
 * the event store for every commitment that counts under the Area (membership from the commitment-progress projection),
 * in stream order, read with a cursor, upcast and deserialised as Axon's event store does, and folded commitment by
 * commitment by {@link CommitmentState#replay}. So each commitment's state is exactly what
 * {@code CommitmentService.find(id, asOf, validAt)} answers, without a read per commitment.
 * <p>
 * Must run inside a transaction (the cursor needs one on PostgreSQL); the reports' services are transactional.
 */
@Component
public class AreaEventsAsOf {

    /** Rows fetched per round trip; memory holds one batch and one commitment's events. */
    static final int FETCH_SIZE = 1_000;

    private static final String EVENTS =
            "select e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp, "
                    + "e.payload_type, e.payload_revision, e.payload, e.meta_data from domain_event_entry e "
                    + "where e.aggregate_identifier in (select a.commitment_id from report_commitment_area a where a.area = ?) "
                    + "order by e.aggregate_identifier, e.sequence_number";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    AreaEventsAsOf(
            JdbcTemplate jdbc,
            @Qualifier("eventSerializer") Serializer serializer,
            org.axonframework.config.Configuration axon) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.serializer = serializer;
        this.upcasters = axon.upcasterChain();
    }

    /**
     * Gives {@code action} each commitment of the Area that had recorded facts then, folded from its events recorded up
     * to {@code asOf} (when given) whose business date is on or before {@code validAt} (when given).
     */
    public void forEach(AreaCode area, Instant asOf, LocalDate validAt, Consumer<CommitmentState> action) {
        try (Stream<DomainEventData<?>> rows = jdbc.queryForStream(
                EVENTS,
                (rs, n) -> new GenericDomainEventEntry<>(
                        rs.getString("type"),
                        rs.getString("aggregate_identifier"),
                        rs.getLong("sequence_number"),
                        rs.getString("event_identifier"),
                        rs.getString("time_stamp"),
                        rs.getString("payload_type"),
                        rs.getString("payload_revision"),
                        rs.getBytes("payload"),
                        rs.getBytes("meta_data")),
                area.name())) {
            DomainEventStream events = EventStreamUtils.upcastAndDeserializeDomainEvents(rows, serializer, upcasters);
            String commitment = null;
            List<Object> kept = new ArrayList<>();
            while (events.hasNext()) {
                DomainEventMessage<?> event = events.next();
                if (!event.getAggregateIdentifier().equals(commitment)) {
                    CommitmentState.replay(kept).ifPresent(action);
                    kept.clear();
                    commitment = event.getAggregateIdentifier();
                }
                if (asOf != null && event.getTimestamp().isAfter(asOf)) {
                    continue; // the payload is not even deserialised
                }
                Object payload = event.getPayload();
                if (validAt == null
                        || payload instanceof CommitmentEvent fact
                                && !fact.businessDate().isAfter(validAt)) {
                    kept.add(payload);
                }
            }
            CommitmentState.replay(kept).ifPresent(action);
        }
    }
}
