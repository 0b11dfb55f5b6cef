package dev.commitmenttracker.reporting.processing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.hibernate.Session;

/**
 * The rows of one type that a batch of events touches, read with one query when the batch first needs them instead of
 * one query per event, and kept for the rest of the batch (its unit of work and transaction). The batch's writes are
 * sent to the database in JDBC batches at commit. Outside a batch (a handler called directly), rows are found one by
 * one. Rows created during the batch must be {@link #add added}, so that the cache knows they now exist.
 *
 * @param <K> the row's id
 * @param <R> the row
 */
public final class BatchCache<K, R> {

    /** Statements Hibernate sends to the database at once when a batch commits. */
    static final int JDBC_BATCH_SIZE = 500;

    private final Class<R> type;
    private final EntityManager entityManager;
    private final Function<R, K> idOf;
    /** Loads the rows of the commitments a batch concerns; null to load every row of the type. */
    private final Function<Collection<String>, List<R>> loadForCommitments;

    private final Function<Collection<String>, Collection<K>> idsOfCommitments;
    private final String resourceKey;

    private BatchCache(
            Class<R> type,
            EntityManager entityManager,
            Function<R, K> idOf,
            Function<Collection<String>, List<R>> loadForCommitments,
            Function<Collection<String>, Collection<K>> idsOfCommitments) {
        this.type = type;
        this.entityManager = entityManager;
        this.idOf = idOf;
        this.loadForCommitments = loadForCommitments;
        this.idsOfCommitments = idsOfCommitments;
        this.resourceKey = BatchCache.class.getName() + "/" + type.getName();
    }

    /**
     * Rows keyed by commitment id (their {@code id} attribute): those of the commitments whose events are in the batch
     * are read at once.
     */
    public static <R> BatchCache<String, R> byCommitment(
            Class<R> type, EntityManager entityManager, Function<R, String> idOf) {
        String query = "select r from " + ProjectionRows.entityName(entityManager, type) + " r where r.id in :ids";
        return new BatchCache<>(
                type,
                entityManager,
                idOf,
                ids -> entityManager
                        .createQuery(query, type)
                        .setParameter("ids", ids)
                        .getResultList(),
                ids -> ids);
    }

    /** Counter rows: few, so the whole table is read at once. */
    public static <K, R> BatchCache<K, R> whole(Class<R> type, EntityManager entityManager, Function<R, K> idOf) {
        return new BatchCache<>(type, entityManager, idOf, null, null);
    }

    /** The row with this id, or null. */
    public R find(K id) {
        Loaded<K, R> loaded = loaded();
        if (loaded == null) {
            return entityManager.find(type, id);
        }
        if (!loaded.knows(id)) {
            loaded.rows.put(id, entityManager.find(type, id));
            loaded.known.add(id);
        }
        return loaded.rows.get(id);
    }

    /** Persists a new row and remembers that it exists. */
    public R add(R row) {
        entityManager.persist(row);
        Loaded<K, R> loaded = loaded();
        if (loaded != null) {
            loaded.rows.put(idOf.apply(row), row);
            if (loaded.known != null) {
                loaded.known.add(idOf.apply(row));
            }
        }
        return row;
    }

    private Loaded<K, R> loaded() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(resourceKey, key -> load(unitOfWork));
    }

    private Loaded<K, R> load(UnitOfWork<?> unitOfWork) {
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH_SIZE);
        Map<K, R> rows = new HashMap<>();
        if (loadForCommitments == null) {
            entityManager
                    .createQuery("select r from " + ProjectionRows.entityName(entityManager, type) + " r", type)
                    .getResultList()
                    .forEach(row -> rows.put(idOf.apply(row), row));
            return new Loaded<>(rows, null);
        }
        Collection<String> commitmentIds = commitmentIds(unitOfWork);
        if (!commitmentIds.isEmpty()) {
            loadForCommitments.apply(commitmentIds).forEach(row -> rows.put(idOf.apply(row), row));
        }
        return new Loaded<>(rows, new HashSet<>(idsOfCommitments.apply(commitmentIds)));
    }

    private static Collection<String> commitmentIds(UnitOfWork<?> unitOfWork) {
        List<Message<?>> messages = new ArrayList<>();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            messages.addAll(batch.getMessages());
        } else {
            messages.add(unitOfWork.getMessage());
        }
        Set<String> ids = new HashSet<>();
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                ids.add(event.getAggregateIdentifier());
            }
        }
        return ids;
    }

    /** What a batch has read: rows by id, and which ids it knows about (null: every id, absent ones included). */
    private record Loaded<K, R>(Map<K, R> rows, Set<K> known) {
        boolean knows(K id) {
            return known == null || known.contains(id);
        }
    }
}
