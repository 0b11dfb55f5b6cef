package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.config.ProjectionDeadLetters;
import dev.commitmenttracker.config.ProjectionLag;
import dev.commitmenttracker.shared.RuleViolation;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The streaming processors of every processing group: where they stand, rebuilding one from the first event, and the
 * events each has parked in its dead-letter queue: listed, counted in the gauge {@value #DEAD_LETTERS_METRIC} (tag
 * {@code projection}) and retried on request (ADR 0011).
 */
@Service
public class ProjectionAdmin {

    public static final String DEAD_LETTERS_METRIC = "tracker.projection.dead-letters";
    /** At most this many parked letters are listed in one answer; the counts are always whole. */
    static final int LISTED_LETTERS = 1000;

    private static final Logger log = LoggerFactory.getLogger(ProjectionAdmin.class);

    /** One parked event: the aggregate (the sequence) it belongs to, what failed and how often it was tried. */
    public record ParkedLetter(
            String aggregateId,
            Long sequenceNumber,
            long index,
            String eventType,
            String eventId,
            String causeType,
            String causeMessage,
            Instant parkedAt,
            Instant lastTouched,
            long attempts) {}

    /** The letters a projection holds, in order within each sequence; {@code listed} may stop at {@value #LISTED_LETTERS}. */
    public record Parked(String projection, long deadLetters, long parkedSequences, List<ParkedLetter> listed) {}

    /** What a retry applied and what is still parked (the retried letters that failed again keep their cause). */
    public record Retried(String projection, int sequencesTried, List<ParkedLetter> applied, Parked stillParked) {}

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ProjectionFailures failures;
    private final MeterRegistry meters;
    private final TransactionTemplate transactions;
    private final ProjectionLag lags;
    private final ProjectionRebuilds rebuilds;
    private final ProjectionTokens tokens;

    ProjectionAdmin(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            ProjectionFailures failures,
            MeterRegistry meters,
            PlatformTransactionManager transactionManager,
            ProjectionLag lags,
            ProjectionRebuilds rebuilds,
            ProjectionTokens tokens) {
        this.lags = lags;
        this.rebuilds = rebuilds;
        this.tokens = tokens;
        this.processing = processing;
        this.eventStore = eventStore;
        this.failures = failures;
        this.meters = meters;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationStartedEvent.class)
    void registerDeadLetterGauges() {
        streamingProcessors()
                .keySet()
                .forEach(name -> processing
                        .deadLetterQueue(name)
                        .ifPresent(queue -> Gauge.builder(DEAD_LETTERS_METRIC, queue::size)
                                .tag("projection", name)
                                .description("Events parked in a projection's dead-letter queue, waiting for a retry")
                                .register(meters)));
    }

    /** The letters projection {@code name} has parked. */
    public Parked deadLetters(String name) {
        return parked(name, queue(name));
    }

    /**
     * Tries every parked sequence of projection {@code name} again, each from its first letter in order, in the
     * projection's handlers: a sequence leaves the queue when all its letters apply, and stays from the first letter
     * that fails again (whose cause and attempts are updated). The processor is paused meanwhile.
     */
    public synchronized Retried retryDeadLetters(String name) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(name);
        if (rebuilds.latest(name).filter(ProjectionRebuilds.Rebuild::open).isPresent()) {
            throw RuleViolation.conflict(
                    "projection.rebuilding",
                    "Projection '" + name + "' is being rebuilt; its parked letters are cleared by the rebuild.");
        }
        SequencedDeadLetterProcessor<EventMessage<?>> processor =
                processing.sequencedDeadLetterProcessor(name).orElseThrow();
        Parked before = parked(name, queue);
        Map<String, String> heads = new LinkedHashMap<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> first : sequence) {
                heads.put(first.message().getIdentifier(), ((JpaDeadLetter<?>) first).getSequenceIdentifier());
                break;
            }
        }
        log.info("Retrying {} parked sequences of projection {}", heads.size(), name);
        // the processor pauses meanwhile: its counter rows have one writer at a time
        StreamingEventProcessor running = requireProcessor(name);
        running.shutDown();
        try {
            heads.forEach((head, sequence) -> {
                try {
                    retrySequence(name, queue, processor, head, sequence);
                } catch (RuntimeException failedCommit) {
                    // the retry's transaction rolled back: its letters stay parked as they were
                    log.error(
                            "Retrying the sequence of parked event {} in projection {} failed",
                            head,
                            name,
                            failedCommit);
                }
            });
        } finally {
            running.start();
        }
        Parked after = parked(name, queue);
        Set<String> stillParked = new LinkedHashSet<>();
        after.listed().forEach(letter -> stillParked.add(letter.eventId()));
        List<ParkedLetter> applied = before.listed().stream()
                .filter(letter -> !stillParked.contains(letter.eventId()))
                .toList();
        return new Retried(name, heads.size(), applied, after);
    }

    /**
     * Retries one sequence in a transaction of its own, kept when every letter applies. When one fails again, its
     * handler may have changed rows before it threw: that transaction is rolled back, and the sequence is retried with
     * the failing letter refused before any handler runs, so the letters before it apply and it stays parked, untouched.
     */
    private void retrySequence(
            String name,
            SequencedDeadLetterQueue<EventMessage<?>> queue,
            SequencedDeadLetterProcessor<EventMessage<?>> processor,
            String head,
            String sequence) {
        DeadLetter<? extends EventMessage<?>> failed = transactions.execute(status -> {
            if (processor.process(letter -> letter.message().getIdentifier().equals(head))) {
                return null;
            }
            status.setRollbackOnly();
            for (DeadLetter<? extends EventMessage<?>> first : queue.deadLetterSequence(sequence)) {
                return first;
            }
            return null;
        });
        if (failed == null) {
            return;
        }
        ProjectionDeadLetters.refuseUpFront(
                name,
                failed.message().getIdentifier(),
                failed.cause().map(cause -> cause.type()).orElse(IllegalStateException.class.getName()),
                failed.cause().map(cause -> cause.message()).orElse("refused again on retry"));
        processor.process(letter -> letter.message().getIdentifier().equals(head));
    }

    /** Every streaming processing group, by name. */
    public List<ProjectionStatus> statuses() {
        Long head = head();
        List<ProjectionStatus> statuses = new ArrayList<>();
        streamingProcessors().forEach((name, processor) -> statuses.add(status(name, processor, head)));
        return statuses;
    }

    /** The global index of the newest event; null when the store is empty. */
    public Long head() {
        TrackingToken token = eventStore.createHeadToken();
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }

    /**
     * Asks for a rebuild of projection {@code name} from the first event, on every node ({@link ProjectionRebuilds}):
     * answers at once with the request, which a node takes within a second; meanwhile and until the replay reaches the
     * position the rebuild was asked at, the projection is not caught up. An event that still fails is parked again.
     */
    public ProjectionRebuilds.Rebuild rebuild(String name) {
        StreamingEventProcessor processor = requireProcessor(name);
        if (!processor.supportsReset()) {
            throw RuleViolation.conflict("projection.not-rebuildable", "Projection '" + name + "' cannot be replayed.");
        }
        var user = SecurityContextHolder.getContext().getAuthentication();
        return rebuilds.request(name, user == null ? null : user.getName());
    }

    /** A rebuild asked earlier, by its id, on any node. */
    public ProjectionRebuilds.Rebuild rebuildRequest(String id) {
        return rebuilds.find(id)
                .orElseThrow(
                        () -> RuleViolation.notFound("rebuild.not-found", "There is no rebuild with id '" + id + "'."));
    }

    private StreamingEventProcessor requireProcessor(String name) {
        StreamingEventProcessor processor = streamingProcessors().get(name);
        if (processor == null) {
            throw RuleViolation.notFound(
                    "projection.not-found",
                    "There is no projection named '" + name + "'; known: "
                            + streamingProcessors().keySet() + ".");
        }
        return processor;
    }

    /**
     * The projection's status as the whole service sees it, the same whichever node is asked: positions, owners and
     * replay from the token rows, failures from {@code projection_failure}, parked events from the dead-letter table,
     * the rebuild from {@code projection_rebuild}. Only a segment that this node holds in error adds what this node
     * knows of it.
     */
    private ProjectionStatus status(String name, StreamingEventProcessor processor, Long head) {
        List<ProjectionTokens.SegmentToken> stored = tokens.of(name);
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        List<ProjectionStatus.Segment> segments = new ArrayList<>();
        Long position = null;
        boolean positionKnown = !stored.isEmpty();
        boolean replaying = false;
        boolean error = false;
        boolean claimed = !stored.isEmpty();
        String errorMessage = null;
        for (ProjectionTokens.SegmentToken segment : stored) {
            EventTrackerStatus tracker = local.get(segment.segment());
            boolean segmentError = tracker != null && tracker.isErrorState();
            boolean segmentCaughtUp = segment.position() != null && (head == null || segment.position() >= head);
            segments.add(new ProjectionStatus.Segment(
                    segment.segment(),
                    segment.position(),
                    segmentCaughtUp,
                    segment.replaying(),
                    segmentError,
                    segment.owner()));
            if (segment.position() == null) {
                positionKnown = false;
            } else if (position == null || segment.position() < position) {
                position = segment.position();
            }
            replaying |= segment.replaying();
            claimed &= segment.owner() != null;
            if (segmentError) {
                error = true;
                errorMessage = tracker.getError() == null ? null : ProjectionFailures.describe(tracker.getError());
            }
        }
        if (!positionKnown) {
            position = null;
        }
        var unresolved = failures.unresolved(name, position);
        if (unresolved.isPresent()) {
            error = true;
            errorMessage = errorMessage == null ? unresolved.get().message() : errorMessage;
        }
        var rebuild = rebuilds.latest(name);
        boolean rebuildOpen = rebuild.filter(ProjectionRebuilds.Rebuild::open).isPresent();
        boolean atHead = head == null || (position != null && position >= head);
        var queue = processing.deadLetterQueue(name);
        long deadLetters = queue.map(SequencedDeadLetterQueue::size).orElse(0L);
        long parkedSequences =
                queue.map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        boolean caughtUp = !error && !rebuildOpen && !replaying && atHead && deadLetters == 0;
        ProjectionLag.Lag lag = lags.of(position, head);
        return new ProjectionStatus(
                name,
                processor.getClass().getSimpleName(),
                claimed && !rebuildOpen,
                position,
                head,
                caughtUp,
                replaying || rebuildOpen,
                error,
                errorMessage,
                failures.failedBatches(name),
                segments,
                deadLetters,
                parkedSequences,
                lag.events(),
                lag.millis(),
                rebuild.orElse(null));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String name) {
        requireProcessor(name);
        return processing
                .deadLetterQueue(name)
                .orElseThrow(() -> RuleViolation.notFound(
                        "projection.no-dead-letter-queue",
                        "Projection '" + name + "' has no dead-letter queue: a failing event stops it instead."));
    }

    private static Parked parked(String name, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<ParkedLetter> listed = new ArrayList<>();
        sequences:
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (listed.size() >= LISTED_LETTERS) {
                    break sequences;
                }
                listed.add(parkedLetter(letter));
            }
        }
        return new Parked(name, queue.size(), queue.amountOfSequences(), listed);
    }

    private static ParkedLetter parkedLetter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long sequenceNumber = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        long index = letter instanceof JpaDeadLetter<?> stored ? stored.getIndex() : -1;
        return new ParkedLetter(
                aggregateId,
                sequenceNumber,
                index,
                event.getPayloadType().getSimpleName(),
                event.getIdentifier(),
                letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null),
                letter.enqueuedAt(),
                letter.lastTouched(),
                ProjectionDeadLetters.attempts(letter));
    }

    private Map<String, StreamingEventProcessor> streamingProcessors() {
        Map<String, StreamingEventProcessor> found = new TreeMap<>();
        for (Map.Entry<String, EventProcessor> entry :
                processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor streaming) {
                found.put(entry.getKey(), streaming);
            }
        }
        return found;
    }
}
