package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.config.ProjectionDeadLetters;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * New rows that no handler reads back within the batch (memberships, evidence records, revisions) are persisted when
 * the batch commits, grouped by type, so that Hibernate sends each type's inserts in JDBC batches instead of one
 * statement at a time between other rows' inserts. Still in the batch's transaction; outside a batch, or while a batch
 * writes each event's rows at once to find one the database refuses, persisted at once.
 */
public final class DeferredInserts {

    private static final String RESOURCE = DeferredInserts.class.getName();

    private DeferredInserts() {}

    public static void persist(EntityManager entityManager, Object row) {
        if (!CurrentUnitOfWork.isStarted()) {
            entityManager.persist(row);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        if (unitOfWork.getResource(ProjectionDeadLetters.FLUSH_EACH_EVENT) != null) {
            // a retried batch finding the event whose rows the database refuses (ADR 0011)
            entityManager.persist(row);
            return;
        }
        Map<Class<?>, List<Object>> pending = unitOfWork.getOrComputeResource(RESOURCE, key -> {
            Map<Class<?>, List<Object>> rows = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(u -> rows.values().forEach(list -> list.forEach(entityManager::persist)));
            return rows;
        });
        pending.computeIfAbsent(row.getClass(), type -> new ArrayList<>()).add(row);
    }
}
