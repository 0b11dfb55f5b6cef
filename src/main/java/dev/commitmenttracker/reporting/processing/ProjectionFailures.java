package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.config.ProjectionDeadLetters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a failing projection visible: every failed batch is logged, counted in the Micrometer counter
 * {@value #METRIC} (tag {@code group}, this node's count) and remembered for the admin status in the table
 * {@code projection_failure} (written in a transaction of its own, since the batch's is rolled back), where every node
 * reads it whichever node failed (ADR 0017); then the failure is propagated so that the
 * processor rolls the batch back (rows and token alike) and retries it with back-off, writing each event's rows at
 * once if the batch failed as a whole, to find and park the event the database refuses (ADR 0011). No event is ever
 * skipped.
 */
@Component
class ProjectionFailures {

    static final String METRIC = "tracker.projection.failures";
    private static final int MESSAGE_CHARS = 2000;
    private static final Logger log = LoggerFactory.getLogger(ProjectionFailures.class);

    /** The last failure of a processing group: what went wrong, and the highest position in the failed batch. */
    record Failure(String message, Long position, Instant at) {}

    private final MeterRegistry meters;
    private final Clock clock;
    /** Failures this node could not write to the database (it was away), and every failure where there is none. */
    private final Map<String, Failure> last = new ConcurrentHashMap<>();

    private final Map<String, Long> failedHere = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    /** Remembers failures in this node's memory only (for tests of the handler). */
    ProjectionFailures(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        this.jdbc = null;
        this.ownTransaction = null;
    }

    @Autowired
    ProjectionFailures(
            MeterRegistry meters, Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.meters = meters;
        this.clock = clock;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
            remember(group, new Failure(describe(context.error()), position, clock.instant()));
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
        Failure failure = stored(group).orElse(last.get(group));
        if (failure == null || (position != null && failure.position() != null && position >= failure.position())) {
            return Optional.empty();
        }
        return Optional.of(failure);
    }

    /** Batches of the group that failed on any node since its last rebuild (on this node alone without a database). */
    long failedBatches(String group) {
        if (jdbc != null) {
            try {
                List<Long> counted = jdbc.queryForList(
                        "select failed_batches from projection_failure where processing_group = ?", Long.class, group);
                if (!counted.isEmpty()) {
                    return counted.get(0);
                }
            } catch (DataAccessException e) {
                log.debug("Failures of projection {} could not be read", group, e);
            }
        }
        return failedHere.getOrDefault(group, 0L);
    }

    /** Forgets the group's failures, on every node (a rebuild starts afresh). */
    void forget(String group) {
        last.remove(group);
        failedHere.remove(group);
        if (jdbc != null) {
            jdbc.update("delete from projection_failure where processing_group = ?", group);
        }
    }

    private void remember(String group, Failure failure) {
        failedHere.merge(group, 1L, Long::sum);
        if (jdbc == null) {
            last.put(group, failure);
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> {
                Timestamp at = Timestamp.from(failure.at());
                String message = failure.message().length() > MESSAGE_CHARS
                        ? failure.message().substring(0, MESSAGE_CHARS)
                        : failure.message();
                if (jdbc.update(
                                "update projection_failure set message = ?, position = ?, failed_at = ?,"
                                        + " failed_batches = failed_batches + 1 where processing_group = ?",
                                message,
                                failure.position(),
                                at,
                                group)
                        == 0) {
                    jdbc.update(
                            "insert into projection_failure (processing_group, message, position, failed_at, failed_batches)"
                                    + " values (?, ?, ?, ?, 1)",
                            group,
                            message,
                            failure.position(),
                            at);
                }
            });
            last.remove(group);
        } catch (DataAccessException | TransactionException e) {
            // the database is away (the likely cause of the failure itself): this node remembers it meanwhile
            last.put(group, failure);
            log.debug("Failure of projection {} could not be stored", group, e);
        }
    }

    private Optional<Failure> stored(String group) {
        if (jdbc == null) {
            return Optional.empty();
        }
        try {
            return jdbc
                    .query(
                            "select message, position, failed_at from projection_failure where processing_group = ?",
                            (row, n) -> new Failure(
                                    row.getString(1),
                                    row.getObject(2) == null ? null : row.getLong(2),
                                    row.getTimestamp(3).toInstant()),
                            group)
                    .stream()
                    .findFirst();
        } catch (DataAccessException e) {
            log.debug("Failures of projection {} could not be read", group, e);
            return Optional.empty();
        }
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
