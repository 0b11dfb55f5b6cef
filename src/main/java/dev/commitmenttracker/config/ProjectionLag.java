package dev.commitmenttracker.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How far a processor is behind the event store: in events (the head's global index minus the processor's position)
 * and in time (how long ago the oldest event it has not processed was recorded). Both 0 at the head. Shown per
 * projection in the admin status, and as the gauges {@value #LAG_METRIC} (events) and {@value #LAG_TIME_METRIC}
 * (seconds), tagged {@code projection}. Where this node holds none of the processor's segments (it is stopped, or
 * another node processes it), the position is the one its stored tokens say.
 */
@Component
public class ProjectionLag {

    static final String LAG_METRIC = "tracker.projection.lag";
    static final String LAG_TIME_METRIC = "tracker.projection.lag.time";

    /** Events a processor has still to process, and the age in milliseconds of the oldest of them. */
    public record Lag(long events, long millis) {
        public static final Lag NONE = new Lag(0, 0);
    }

    private final EntityManagerProvider entityManagers;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MeterRegistry meters;
    private final Serializer tokenSerializer;

    ProjectionLag(
            EntityManagerProvider entityManagers,
            EventProcessingConfiguration processing,
            EventStore eventStore,
            MeterRegistry meters,
            Serializer tokenSerializer) {
        this.entityManagers = entityManagers;
        this.tokenSerializer = tokenSerializer;
        this.processing = processing;
        this.eventStore = eventStore;
        this.meters = meters;
    }

    @EventListener(ApplicationStartedEvent.class)
    void registerGauges() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder(LAG_METRIC, () -> current(name, streaming).events())
                        .tag("projection", name)
                        .baseUnit("events")
                        .description("Events in the store that a projection has not processed yet")
                        .register(meters);
                TimeGauge.builder(
                                LAG_TIME_METRIC, () -> current(name, streaming).millis(), TimeUnit.MILLISECONDS)
                        .tag("projection", name)
                        .description("How long ago the oldest event a projection has not processed was recorded")
                        .register(meters);
            }
        });
    }

    /**
     * The lag of a processor at {@code position} (null: it has processed nothing) when the newest event is at
     * {@code head} (null: the store is empty).
     */
    public Lag of(Long position, Long head) {
        if (head == null || (position != null && position >= head)) {
            return Lag.NONE;
        }
        long events = position == null ? head + 1 : head - position;
        Instant oldest = oldestAfter(position == null ? Long.MIN_VALUE : position);
        // event times are Axon's clock, not the tracker's (business) clock
        long millis = oldest == null
                ? 0
                : Math.max(
                        0,
                        Duration.between(oldest, GenericEventMessage.clock.instant())
                                .toMillis());
        return new Lag(events, millis);
    }

    /**
     * The lag of processor {@code name} by its stored tokens (for a processor that holds no segment on this node): from
     * the slowest segment's token, or from before the first event when a segment has none.
     */
    public Lag stored(String name, Long head) {
        List<TokenEntry> entries = entityManagers
                .getEntityManager()
                .createQuery("select t from TokenEntry t where t.processorName = :name", TokenEntry.class)
                .setParameter("name", name)
                .getResultList();
        Long position = null;
        for (TokenEntry entry : entries) {
            TrackingToken token = entry.getToken(tokenSerializer);
            OptionalLong at = token == null ? OptionalLong.empty() : token.position();
            if (at.isEmpty()) {
                return of(null, head);
            }
            position = position == null ? at.getAsLong() : Math.min(position, at.getAsLong());
        }
        return of(position, head);
    }

    /** The processor's lag as a gauge reads it: from its slowest segment on this node, or from its stored tokens. */
    private Lag current(String name, StreamingEventProcessor processor) {
        TrackingToken headToken = eventStore.createHeadToken();
        OptionalLong headPosition = headToken == null ? OptionalLong.empty() : headToken.position();
        Long head = headPosition.isPresent() ? headPosition.getAsLong() : null;
        Map<Integer, EventTrackerStatus> trackers = processor.processingStatus();
        if (trackers.isEmpty()) {
            return stored(name, head);
        }
        Long position = null;
        for (EventTrackerStatus tracker : trackers.values()) {
            OptionalLong at = tracker.getCurrentPosition();
            if (at.isEmpty()) {
                return of(null, head);
            }
            position = position == null ? at.getAsLong() : Math.min(position, at.getAsLong());
        }
        return of(position, head);
    }

    private Instant oldestAfter(long position) {
        List<String> found = entityManagers
                .getEntityManager()
                .createQuery(
                        "select e.timeStamp from DomainEventEntry e where e.globalIndex > :position order by e.globalIndex",
                        String.class)
                .setParameter("position", position)
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : Instant.parse(found.get(0));
    }
}
