package dev.commitmenttracker.config;

import java.time.Duration;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * A projection's event that its handler refuses is parked in Axon's sequenced dead-letter queue (table
 * {@code dead_letter_entry}) instead of stopping the projection: the rest of its sequence (the same aggregate, Axon's
 * default sequencing policy) is parked behind it in order, and every other aggregate carries on. Parked letters are
 * retried on request, not skipped; a rebuild clears the queue and replays every event, so a letter that still fails
 * is parked again. See ADR 0011.
 */
public final class ProjectionDeadLetters {

    /** Axon's default limits, stated: a full queue refuses the letter and the processor stops, as in ADR 0004. */
    public static final int MAX_SEQUENCES = 1024;
    public static final int MAX_SEQUENCE_SIZE = 1024;
    /** Diagnostics entry counting how often the handlers refused a letter (0 for one parked behind another). */
    public static final String ATTEMPTS = "attempts";

    private ProjectionDeadLetters() {
    }

    /** Parks the failing events of the processing group {@code group} instead of failing its batch. */
    public static void register(EventProcessingConfigurer processing, String group) {
        processing.registerDeadLetterQueue(group, config -> JpaSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .maxSequences(MAX_SEQUENCES)
                        .maxSequenceSize(MAX_SEQUENCE_SIZE)
                        .claimDuration(Duration.ofSeconds(30))
                        .entityManagerProvider(config.getComponent(EntityManagerProvider.class))
                        .transactionManager(config.getComponent(TransactionManager.class))
                        .eventSerializer(config.eventSerializer())
                        .genericSerializer(config.serializer())
                        .build())
                .registerDeadLetterPolicy(group, config -> ProjectionDeadLetters::decide)
                // a rebuild (token reset) clears the queue: the replay meets every parked event again
                .registerDeadLetteringEventHandlerInvokerConfiguration(group, (config, builder) -> builder
                        .allowReset(true)
                        .enableSequenceIdentifierCache());
    }

    /** Always park (a projection never drops an event), with the cause cut to the column's size and one more attempt. */
    static EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        long attempts = attempts(letter) + 1;
        return Decisions.enqueue(ThrowableCause.truncated(cause), parked -> parked.diagnostics().and(ATTEMPTS, attempts));
    }

    /** How often the handlers refused the letter so far. */
    public static long attempts(DeadLetter<?> letter) {
        return letter.diagnostics().get(ATTEMPTS) instanceof Number attempts ? attempts.longValue() : 0;
    }
}
