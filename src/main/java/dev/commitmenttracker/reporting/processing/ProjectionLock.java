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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
    // looked up when first needed: handler enhancers are made while Axon is configured, before most beans
    private final ObjectProvider<JdbcTemplate> jdbc;
    private final ObjectProvider<PlatformTransactionManager> transactionManager;

    ProjectionLock(
            EntityManager entityManager,
            ObjectProvider<JdbcTemplate> jdbc,
            ObjectProvider<PlatformTransactionManager> transactionManager) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transactionManager = transactionManager;
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

    /**
     * Locks the projection's row in the current transaction. A projection without a row (one added without it in its
     * migration) gets it first, in a transaction of its own; a node that loses that race finds the winner's row.
     */
    void lock(String group) {
        if (!lockRow(group)) {
            TransactionTemplate ownTransaction = new TransactionTemplate(transactionManager.getObject());
            ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            try {
                ownTransaction.executeWithoutResult(status ->
                        jdbc.getObject().update("insert into projection_lock (processing_group) values (?)", group));
            } catch (DataIntegrityViolationException anotherNodeMadeIt) {
                // the row is there now
            }
            if (!lockRow(group)) {
                throw new IllegalStateException("The projection_lock row of " + group + " could not be made");
            }
        }
    }

    private boolean lockRow(String group) {
        return !entityManager
                .createNativeQuery(
                        "select processing_group from projection_lock where processing_group = ?1 for update")
                .setParameter(1, group)
                .getResultList()
                .isEmpty();
    }
}
