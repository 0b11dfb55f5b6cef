package dev.commitmenttracker.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Carries one event type's stored JSON from one revision to the next as it is read: the stored bytes are never
 * rewritten (the hash chain covers them as stored), only what the handlers get. A subclass says what changes; as a
 * Spring bean it joins the upcaster chain the event store reads through ({@code audit/AuditConfig}).
 */
public abstract class RevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    protected RevisionUpcaster(Class<?> eventType, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(eventType.getName(), fromRevision);
        this.to = new SimpleSerializedType(eventType.getName(), toRevision);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            ObjectNode changed = ((ObjectNode) payload).deepCopy();
            change(changed);
            return changed;
        });
    }

    /** Changes the payload of the older revision into the newer one's shape. */
    protected abstract void change(ObjectNode payload);
}
