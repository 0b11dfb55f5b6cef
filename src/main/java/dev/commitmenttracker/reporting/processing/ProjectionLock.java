package dev.commitmenttracker.reporting.processing;

import jakarta.persistence.EntityManager;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * A reporting projection's counter rows (commitments by status per Area and theme, say) are moved by the events of
 * every commitment, and its segments run at once, on one node or on several (ADR 0017). Read, add and write back by two
 * segments at once would lose one of the additions; so before its first handler runs, a batch (or a retry of parked
 * letters) locks its projection's row in {@code projection_lock} until it commits or rolls back. The segments of one
 * projection then write one batch at a time, and each batch reads the counters as the one before left them; different
 * projections still run side by side. A projection's events are never applied out of order by this: within a segment
 * they stay in order, and segments do not share commitments.
 */
@Component
class ProjectionLock implements HandlerEnhancerDefinition {

    private static final String LOCKED = ProjectionLock.class.getName() + ".locked";
    private static final Set<String> LOCKED_GROUPS = Set.copyOf(ReportingGroups.ALL);

    private final EntityManager entityManager;

    ProjectionLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (group == null
                || !LOCKED_GROUPS.contains(group.value())
                || original.annotationAttributes(EventHandler.class).isEmpty()) {
            return original;
        }
        String name = group.value();
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (CurrentUnitOfWork.isStarted()) {
                    UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
                    if (batch.getResource(LOCKED) == null) {
                        lock(name);
                        batch.resources().put(LOCKED, Boolean.TRUE);
                    }
                }
                return super.handle(message, target);
            }
        };
    }

    /** Locks the projection's row in the current transaction; a projection without one is a fault, not skipped. */
    void lock(String group) {
        if (entityManager
                .createNativeQuery(
                        "select processing_group from projection_lock where processing_group = ?1 for update")
                .setParameter(1, group)
                .getResultList()
                .isEmpty()) {
            throw new IllegalStateException("Projection " + group
                    + " has no row in projection_lock: add one in a migration before running it on segments");
        }
    }
}
