package dev.commitmenttracker.config;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A projection's event that its handler refuses is parked in Axon's sequenced dead-letter queue (table
 * {@code dead_letter_entry}) instead of stopping the projection: the rest of its sequence (the same aggregate, Axon's
 * default sequencing policy) is parked behind it in order, and every other aggregate carries on. Parked letters are
 * retried on request, not skipped; a rebuild clears the queue and replays every event, so a letter that still fails
 * is parked again. See ADR 0011.
 * <p>
 * A refused event is parked with nothing of it applied, whatever its handler changed before it threw: the first
 * refusal fails the whole batch (rolled back, and retried by the processor), and in the retried batch the event is
 * refused again before any handler of its group runs, and parked.
 * <p>
 * A row the database refuses fails the batch when it commits, not in a handler. After such a failure the group
 * writes each event's rows as its handlers finish ({@link #FLUSH_EACH_EVENT}) until a batch commits, so the event whose
 * rows are refused is found, refused and parked like any other. A database that cannot be reached refuses no event,
 * nor does a fault of the database's that any event would meet (a missing table): the batch fails and is retried, as
 * in ADR 0004.
 */
public final class ProjectionDeadLetters {

    /** Axon's default limits, stated: a full queue refuses the letter and the processor stops, as in ADR 0004. */
    public static final int MAX_SEQUENCES = 1024;

    public static final int MAX_SEQUENCE_SIZE = 1024;
    /** Diagnostics entry counting how often the handlers refused a letter (0 for one parked behind another). */
    public static final String ATTEMPTS = "attempts";

    private ProjectionDeadLetters() {}

    /** Parks the failing events of the processing group {@code group} instead of failing its batch. */
    public static void register(EventProcessingConfigurer processing, String group) {
        processing
                .registerDeadLetterQueue(
                        group,
                        config -> JpaSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .maxSequences(MAX_SEQUENCES)
                                .maxSequenceSize(MAX_SEQUENCE_SIZE)
                                .claimDuration(Duration.ofSeconds(30))
                                .entityManagerProvider(config.getComponent(EntityManagerProvider.class))
                                .transactionManager(config.getComponent(TransactionManager.class))
                                .eventSerializer(config.eventSerializer())
                                .genericSerializer(config.serializer())
                                .build())
                .registerDeadLetterPolicy(group, config -> (letter, cause) -> decide(group, letter, cause))
                // a rebuild (token reset) clears the queue: the replay meets every parked event again
                .registerDeadLetteringEventHandlerInvokerConfiguration(
                        group, (config, builder) -> builder.allowReset(true).enableSequenceIdentifierCache());
    }

    /**
     * Unit-of-work resource: while set, rows a handler leaves for the commit are written when it finishes instead
     * (see {@code reporting.DeferredInserts}), so that the database refuses them in that event's handler.
     */
    public static final String FLUSH_EACH_EVENT = ProjectionDeadLetters.class.getName() + ".flushEachEvent";

    /** Events refused in a batch that was rolled back, by processing group and event id, with their cause. */
    private static final Map<String, ThrowableCause> REFUSED = new ConcurrentHashMap<>();
    /** Groups whose batch failed as a whole: they write each event's rows at once until a batch commits. */
    private static final Set<String> FLUSHING = ConcurrentHashMap.newKeySet();

    /**
     * For a processor's error handler, before it propagates the failure: a batch that failed as a whole, for data the
     * database refuses (not for a refused event, nor a fault of the database's), is retried writing each event's rows
     * at once.
     */
    public static void batchFailed(ErrorContext context) {
        if (!isRefusal(context.error()) && !isDatabaseFault(context.error())) {
            FLUSHING.add(context.eventProcessor());
        }
    }

    /**
     * Always park (a projection never drops an event), with the cause cut to its column's size and one more attempt;
     * except the first refusal of an event being processed, which rolls its batch back (see the class comment).
     */
    static EnqueueDecision<EventMessage<?>> decide(
            String group, DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        String key = key(group, letter.message().getIdentifier());
        ThrowableCause refused = REFUSED.remove(key);
        boolean beingProcessed = !(letter instanceof JpaDeadLetter<?>);
        if (refused == null && isDatabaseFault(cause)) {
            // not the event's fault: fail the batch (or this retry) without parking anything
            throw new DatabaseFault("Projection " + group + " failed for a fault of the database's", cause);
        }
        if (refused == null && beingProcessed) {
            REFUSED.put(key, ThrowableCause.truncated(cause));
            throw new EventRefused(
                    "Projection " + group + " refused event " + letter.message().getIdentifier()
                            + "; its batch is rolled back and retried with the event parked",
                    cause);
        }
        ThrowableCause parkedCause = refused != null
                ? refused
                : cause instanceof ThrowableCause given ? given : ThrowableCause.truncated(cause);
        long attempts = attempts(letter) + 1;
        return Decisions.enqueue(parkedCause, parked -> parked.diagnostics().and(ATTEMPTS, attempts));
    }

    /**
     * The next time a handler of {@code group} is given event {@code eventId}, it is refused with {@code cause} before
     * the handler runs (for a retry that was rolled back because the event failed in it).
     */
    public static void refuseUpFront(String group, String eventId, String causeType, String causeMessage) {
        REFUSED.put(key(group, eventId), new ThrowableCause(causeType, causeMessage));
    }

    private static String key(String group, String eventId) {
        return group + "/" + eventId;
    }

    private static boolean isRefusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EventRefused) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure is the database's, not the event's: the event's are its data (SQL states of class 22, a value
     * the column cannot take, and 23, a constraint it breaks) and every failure outside the database; any other
     * database failure (unreachable, deadlock, a missing table) would refuse every event alike.
     */
    static boolean isDatabaseFault(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseFault) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || !(state.startsWith("22") || state.startsWith("23"));
            }
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    /** A handler failed for a fault of the database's: its batch fails and is retried; nothing is parked. */
    static final class DatabaseFault extends RuntimeException {
        DatabaseFault(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** How often the handlers refused the letter so far. */
    public static long attempts(DeadLetter<?> letter) {
        return letter.diagnostics().get(ATTEMPTS) instanceof Number attempts ? attempts.longValue() : 0;
    }

    /** The first refusal of an event: fails its batch so that whatever the handler changed is rolled back. */
    static final class EventRefused extends RuntimeException {
        EventRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Refuses an event registered in {@link #REFUSED} before an event handler of its processing group runs; in a
     * group that is {@link #FLUSHING}, writes the handler's rows as it finishes, so that a row the database refuses
     * fails that event's handler.
     */
    @Component
    static class RefusedUpFront implements HandlerEnhancerDefinition {

        private final EntityManager entityManager;

        RefusedUpFront(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
            ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
            if (group == null
                    || original.annotationAttributes(EventHandler.class).isEmpty()) {
                return original;
            }
            String name = group.value();
            return new WrappedMessageHandlingMember<>(original) {
                @Override
                public Object handle(Message<?> message, T target) throws Exception {
                    ThrowableCause refused = REFUSED.get(key(name, message.getIdentifier()));
                    if (refused != null) {
                        throw refused;
                    }
                    if (!FLUSHING.contains(name) || !CurrentUnitOfWork.isStarted()) {
                        return super.handle(message, target);
                    }
                    UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
                    if (batch.getResource(FLUSH_EACH_EVENT) == null) {
                        batch.resources().put(FLUSH_EACH_EVENT, Boolean.TRUE);
                        batch.afterCommit(committed -> FLUSHING.remove(name));
                    }
                    Object result = super.handle(message, target);
                    entityManager.flush();
                    return result;
                }
            };
        }
    }
}
