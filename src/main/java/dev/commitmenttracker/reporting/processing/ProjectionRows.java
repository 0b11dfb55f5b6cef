package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import jakarta.persistence.EntityManager;

/** What every projection does with its rows: insist on a commitment's row before applying an event, clear them on reset. */
public final class ProjectionRows {

    private ProjectionRows() {}

    /**
     * The row of the commitment an event concerns. A commitment's events arrive in order, CommitmentRecorded first, so
     * a missing row is a fault: it fails the batch (and so stops the processor visibly) rather than being skipped.
     */
    public static <T> T require(T row, CommitmentEvent event) {
        if (row == null) {
            throw new IllegalStateException("No row for commitment " + event.commitmentId() + " to apply "
                    + event.getClass().getSimpleName() + " to: its CommitmentRecorded was never projected");
        }
        return row;
    }

    /** Deletes every row of these entity types, in the order given (a projection's reset handler, before a replay). */
    public static void deleteAll(EntityManager entityManager, Class<?>... types) {
        for (Class<?> type : types) {
            entityManager
                    .createQuery("delete from " + entityName(entityManager, type))
                    .executeUpdate();
        }
    }

    /** The name JPQL knows an entity by (nested row classes carry an explicit one). */
    static String entityName(EntityManager entityManager, Class<?> type) {
        return entityManager.getMetamodel().entity(type).getName();
    }
}
