package dev.commitmenttracker.support;

import dev.commitmenttracker.config.AxonConfig;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/** Reads a stored event (its type, revision and payload bytes as the event store holds them) as the event store does. */
public final class StoredEvents {

    private StoredEvents() {}

    /** The payload the handlers get from this stored row, read through these upcasters and the events' serializer. */
    public static Object read(String type, String revision, String payloadJson, EventUpcaster... upcasters) {
        Serializer serializer = AxonConfig.jackson();
        DomainEventData<byte[]> row = new GenericDomainEventEntry<>(
                "Aggregate",
                "aggregate-1",
                0L,
                "event-1",
                Instant.parse("2024-04-01T09:00:00Z"),
                type,
                revision,
                payloadJson.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<Object> payloads = EventStreamUtils.upcastAndDeserializeDomainEvents(
                        Stream.of(row), serializer, new EventUpcasterChain(upcasters))
                .asStream()
                .map(message -> (Object) message.getPayload())
                .toList();
        if (payloads.size() != 1) {
            throw new AssertionError("expected one event, read " + payloads.size());
        }
        return payloads.get(0);
    }
}
