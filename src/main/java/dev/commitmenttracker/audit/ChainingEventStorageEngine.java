package dev.commitmenttracker.audit;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractDomainEventEntry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JPA storage engine that also links every appended event into its aggregate's hash chain, in the same
 * transaction as the event itself. The hash covers the entry exactly as it is stored.
 */
class ChainingEventStorageEngine extends JpaEventStorageEngine {

    private final ThreadLocal<List<AbstractDomainEventEntry<?>>> appending = new ThreadLocal<>();
    private final TransactionManager transactionManager;

    ChainingEventStorageEngine(JpaEventStorageEngine.Builder builder, TransactionManager transactionManager) {
        super(builder);
        this.transactionManager = transactionManager;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<AbstractDomainEventEntry<?>> entries = new ArrayList<>();
        appending.set(entries);
        try {
            super.appendEvents(events, serializer);
        } finally {
            appending.remove();
        }
        if (!entries.isEmpty()) {
            transactionManager.executeInTransaction(() -> link(entries));
        }
    }

    @Override
    protected Object createEventEntity(EventMessage<?> eventMessage, Serializer serializer) {
        Object entity = super.createEventEntity(eventMessage, serializer);
        List<AbstractDomainEventEntry<?>> entries = appending.get();
        if (entries != null && entity instanceof AbstractDomainEventEntry<?> entry) {
            entries.add(entry);
        }
        return entity;
    }

    private void link(List<AbstractDomainEventEntry<?>> entries) {
        EntityManager entityManager = entityManager();
        Map<String, String> lastHash = new HashMap<>();
        for (AbstractDomainEventEntry<?> entry : entries) {
            StoredEvent event = new StoredEvent(
                    entry.getEventIdentifier(),
                    entry.getAggregateIdentifier(),
                    entry.getSequenceNumber(),
                    entry.getType(),
                    entry.getTimestamp(),
                    entry.getPayload().getType().getName(),
                    entry.getPayload().getType().getRevision(),
                    (byte[]) entry.getPayload().getData(),
                    (byte[]) entry.getMetaData().getData());
            String previous = lastHash.computeIfAbsent(
                    event.aggregateIdentifier(), aggregate -> previousHash(entityManager, event));
            String hash = EventHash.of(previous, event);
            entityManager.persist(new ChainLink(event, previous, hash));
            lastHash.put(event.aggregateIdentifier(), hash);
        }
        entityManager.flush();
    }

    private static String previousHash(EntityManager entityManager, StoredEvent event) {
        if (event.sequenceNumber() == 0) {
            return EventHash.GENESIS;
        }
        List<String> found = entityManager
                .createQuery(
                        "select c.hash from ChainLink c where c.aggregateIdentifier = :aggregate "
                                + "and c.sequenceNumber = :sequence",
                        String.class)
                .setParameter("aggregate", event.aggregateIdentifier())
                .setParameter("sequence", event.sequenceNumber() - 1)
                .getResultList();
        return found.isEmpty() ? EventHash.GENESIS : found.get(0);
    }
}
