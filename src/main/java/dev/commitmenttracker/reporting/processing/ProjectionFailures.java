package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.config.ProjectionDeadLetters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes a failing projection visible: every failed batch is logged, counted in the Micrometer counter
 * {@value #METRIC} (tag {@code group}) and remembered for the admin status, then the failure is propagated so that the
 * processor rolls the batch back (rows and token alike) and retries it with back-off, writing each event's rows at
 * once if the batch failed as a whole, to find and park the event the database refuses (ADR 0011). No event is ever
 * skipped.
 */
@Component
class ProjectionFailures {

    static final String METRIC = "tracker.projection.failures";
    private static final Logger log = LoggerFactory.getLogger(ProjectionFailures.class);

    /** The last failure of a processing group: what went wrong, and the highest position in the failed batch. */
    record Failure(String message, Long position, Instant at) {}

    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Failure> last = new ConcurrentHashMap<>();

    ProjectionFailures(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    ErrorHandler errorHandler(String group) {
        Counter counter = counter(group);
        return context -> {
            Long position = context.failedEvents().stream()
                    .map(ProjectionFailures::position)
                    .filter(OptionalLong::isPresent)
                    .map(OptionalLong::getAsLong)
                    .max(Long::compare)
                    .orElse(null);
            last.put(group, new Failure(describe(context.error()), position, clock.instant()));
            counter.increment();
            log.error(
                    "Projection {} failed on a batch of {} events up to position {}; the batch is rolled back and retried",
                    group,
                    context.failedEvents().size(),
                    position,
                    context.error());
            ProjectionDeadLetters.batchFailed(context);
            PropagatingErrorHandler.instance().handleError(context);
        };
    }

    Counter counter(String group) {
        return Counter.builder(METRIC)
                .description("Failed batches of a reporting projection (each is rolled back and retried)")
                .tag("group", group)
                .register(meters);
    }

    /** The failure not yet got past: the processor has not processed beyond the batch that failed. */
    Optional<Failure> unresolved(String group, Long position) {
        Failure failure = last.get(group);
        if (failure == null || (position != null && failure.position() != null && position >= failure.position())) {
            return Optional.empty();
        }
        return Optional.of(failure);
    }

    void forget(String group) {
        last.remove(group);
    }

    private static OptionalLong position(EventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position()
                : OptionalLong.empty();
    }

    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        return root == error
                ? message
                : message + " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
