package dev.commitmenttracker.audit;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractDomainEventEntry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JPA storage engine that also links every appended event into its aggregate's hash chain, in the same
 * transaction as the event itself. The hash covers the entry exactly as it is stored.
 * <p>
 * Each link names the hash of the aggregate's event before it. The engine remembers, for up to {@value #REMEMBERED}
 * aggregates, the last link it has seen committed (sequence number and hash), so that the next append to the same
 * aggregate need not read that hash back from {@code event_chain}. A committed link never changes, so a remembered
 * hash is the stored one; an aggregate appended to elsewhere since (another node) has a later sequence number than the
 * one remembered, and its previous hash is read from the table as before.
 */
class ChainingEventStorageEngine extends JpaEventStorageEngine {

    /** Aggregates whose last committed link this engine keeps: about 200 bytes each. */
    static final int REMEMBERED = 10_000;

    private record LastLink(long sequenceNumber, String hash) {}

    private final ThreadLocal<List<AbstractDomainEventEntry<?>>> appending = new ThreadLocal<>();
    private final TransactionManager transactionManager;
    private final Map<String, LastLink> lastLinks = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LastLink> eldest) {
            return size() > REMEMBERED;
        }
    });

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
        Map<String, LastLink> linked = new HashMap<>();
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
            linked.put(event.aggregateIdentifier(), new LastLink(event.sequenceNumber(), hash));
        }
        entityManager.flush();
        rememberOnCommit(linked);
    }

    /** Remembers the batch's last link per aggregate once (and only if) its transaction commits. */
    private void rememberOnCommit(Map<String, LastLink> linked) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return; // no way to learn of the commit: remember nothing
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                linked.forEach((aggregate, link) -> lastLinks.merge(
                        aggregate, link, (kept, now) -> now.sequenceNumber() >= kept.sequenceNumber() ? now : kept));
            }
        });
    }

    /** Forgets every remembered link: the next appends read their previous hashes from the table (for tests). */
    void forgetLinks() {
        lastLinks.clear();
    }

    private String previousHash(EntityManager entityManager, StoredEvent event) {
        if (event.sequenceNumber() == 0) {
            return EventHash.GENESIS;
        }
        LastLink last = lastLinks.get(event.aggregateIdentifier());
        if (last != null && last.sequenceNumber() == event.sequenceNumber() - 1) {
            return last.hash();
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
