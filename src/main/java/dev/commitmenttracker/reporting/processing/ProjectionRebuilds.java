package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.config.NodeMembership;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * A rebuild is an operation of the service, not of the node that was asked (ADR 0017). Asking records a request in
 * {@code projection_rebuild} and answers at once. Every node looks at the open requests every {@link #TICK}: it stops
 * its own processor of that projection (which releases the segments it held); one node takes the request (a
 * conditional update that only one can make) and, once it can claim every segment (the others have released theirs, or
 * their claims have timed out if they died), resets the tokens to before the first event, clears the projection's rows
 * and its dead-letter queue (its reset handlers, in the same transaction) and its stored failures, marks the request
 * done and starts its processor; the other nodes see the request done and start theirs, and the segments are shared
 * again. A node that took a request and died leaves it to another after {@link #ABANDONED}.
 * <p>
 * States: {@code REQUESTED}, {@code RESETTING} (a node has taken it), {@code DONE} (the tokens are reset: the replay is
 * under way, followed in the projection status) and {@code FAILED}. Asking while a rebuild of the projection is open
 * answers that one.
 */
@Component
public class ProjectionRebuilds implements SmartLifecycle {

    public static final String REQUESTED = "REQUESTED";
    public static final String RESETTING = "RESETTING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    static final Duration TICK = Duration.ofMillis(500);
    static final Duration ABANDONED = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    /** One rebuild request and where it stands. */
    public record Rebuild(
            String id,
            String projection,
            String state,
            Instant requestedAt,
            String requestedBy,
            String requestedOn,
            String handledOn,
            Instant updatedAt,
            String message) {

        public boolean open() {
            return REQUESTED.equals(state) || RESETTING.equals(state);
        }
    }

    private static final RowMapper<Rebuild> ROW = (row, n) -> new Rebuild(
            row.getString("id"),
            row.getString("processing_group"),
            row.getString("state"),
            row.getTimestamp("requested_at").toInstant(),
            row.getString("requested_by"),
            row.getString("requested_on"),
            row.getString("handled_on"),
            row.getTimestamp("updated_at").toInstant(),
            row.getString("message"));

    private static final String COLUMNS =
            "id, processing_group, state, requested_at, requested_by, requested_on, handled_on, updated_at, message";

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ProjectionFailures failures;
    private final NodeMembership node;
    private final Clock clock = Clock.systemUTC();
    /** Projections whose processor this node stopped for an open rebuild. */
    private final Set<String> stopped = new HashSet<>();

    private volatile ScheduledExecutorService ticker;

    ProjectionRebuilds(
            EventProcessingConfiguration processing,
            JdbcTemplate jdbc,
            ProjectionFailures failures,
            NodeMembership node) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.failures = failures;
        this.node = node;
    }

    /** Records a rebuild of {@code processor} asked by {@code user}, or answers the one already open. */
    public Rebuild request(String processor, String user) {
        Optional<Rebuild> open = latest(processor).filter(Rebuild::open);
        if (open.isPresent()) {
            return open.get();
        }
        Timestamp now = Timestamp.from(clock.instant());
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into projection_rebuild (id, processing_group, state, requested_at, requested_by, requested_on,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?)",
                id,
                processor,
                REQUESTED,
                now,
                user == null ? "system" : user,
                node.id(),
                now);
        log.info("Rebuild {} of projection {} asked on node {}", id, processor, node.id());
        ScheduledExecutorService running = ticker;
        if (running != null) {
            running.execute(this::tickQuietly);
        }
        return find(id).orElseThrow();
    }

    public Optional<Rebuild> find(String id) {
        return jdbc.query("select " + COLUMNS + " from projection_rebuild where id = ?", ROW, id).stream()
                .findFirst();
    }

    /** The newest rebuild asked of the projection, if any. */
    public Optional<Rebuild> latest(String processor) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from projection_rebuild where processing_group = ?"
                                + " order by requested_at desc, id",
                        ROW,
                        processor)
                .stream()
                .findFirst();
    }

    /** One round of this node's part in the open rebuilds; run every {@link #TICK}. */
    synchronized void tick() {
        List<Rebuild> open = jdbc.query(
                "select " + COLUMNS + " from projection_rebuild where state in (?, ?) order by requested_at",
                ROW,
                REQUESTED,
                RESETTING);
        Set<String> openProjections = new HashSet<>();
        for (Rebuild rebuild : open) {
            openProjections.add(rebuild.projection());
            StreamingEventProcessor processor = processor(rebuild.projection());
            if (processor == null) {
                fail(rebuild, "no streaming processor named " + rebuild.projection());
                continue;
            }
            if (stopped.add(rebuild.projection()) || processor.isRunning()) {
                log.info("Node {} stops projection {} for rebuild {}", node.id(), rebuild.projection(), rebuild.id());
                processor.shutDown();
            }
            if (take(rebuild)) {
                reset(rebuild, processor);
            }
        }
        for (String projection : Set.copyOf(stopped)) {
            if (!openProjections.contains(projection)) {
                stopped.remove(projection);
                StreamingEventProcessor processor = processor(projection);
                if (processor != null && !processor.isRunning()) {
                    log.info("Node {} starts projection {} again after its rebuild", node.id(), projection);
                    processor.start();
                }
            }
        }
    }

    /** Takes the request for this node, unless another node has it and is still working on it. */
    private boolean take(Rebuild rebuild) {
        Instant now = clock.instant();
        return jdbc.update(
                        "update projection_rebuild set state = ?, handled_on = ?, updated_at = ? where id = ?"
                                + " and (state = ? or (state = ? and (handled_on = ? or updated_at < ?)))",
                        RESETTING,
                        node.id(),
                        Timestamp.from(now),
                        rebuild.id(),
                        REQUESTED,
                        RESETTING,
                        node.id(),
                        Timestamp.from(now.minus(ABANDONED)))
                == 1;
    }

    private void reset(Rebuild rebuild, StreamingEventProcessor processor) {
        if (!processor.supportsReset()) {
            fail(rebuild, "projection " + rebuild.projection() + " cannot be replayed");
            return;
        }
        try {
            // claims every segment: fails while another node still holds one
            processor.resetTokens(source -> source.createTailToken());
        } catch (UnableToClaimTokenException e) {
            log.info(
                    "Rebuild {} of projection {} waits for the other nodes to release its segments",
                    rebuild.id(),
                    rebuild.projection());
            return;
        } catch (RuntimeException e) {
            log.warn(
                    "Rebuild {} of projection {}: the reset failed and is tried again",
                    rebuild.id(),
                    rebuild.projection(),
                    e);
            jdbc.update(
                    "update projection_rebuild set message = ? where id = ?",
                    ProjectionFailures.describe(e)
                            .substring(
                                    0,
                                    Math.min(
                                            2000, ProjectionFailures.describe(e).length())),
                    rebuild.id());
            return;
        }
        failures.forget(rebuild.projection());
        jdbc.update(
                "update projection_rebuild set state = ?, updated_at = ?, message = null where id = ?",
                DONE,
                Timestamp.from(clock.instant()),
                rebuild.id());
        log.info(
                "Rebuild {}: node {} reset projection {}; it replays from the first event",
                rebuild.id(),
                node.id(),
                rebuild.projection());
        stopped.remove(rebuild.projection());
        processor.start();
    }

    private void fail(Rebuild rebuild, String message) {
        jdbc.update(
                "update projection_rebuild set state = ?, updated_at = ?, message = ? where id = ?",
                FAILED,
                Timestamp.from(clock.instant()),
                message,
                rebuild.id());
    }

    private StreamingEventProcessor processor(String name) {
        EventProcessor processor = processing.eventProcessors().get(name);
        return processor instanceof StreamingEventProcessor streaming ? streaming : null;
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (DataAccessException | IllegalStateException e) {
            log.debug("Rebuild round of node {} failed; tried again", node.id(), e);
        } catch (RuntimeException e) {
            log.warn("Rebuild round of node {} failed; tried again", node.id(), e);
        }
    }

    @Override
    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tracker-projection-rebuilds");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::tickQuietly, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = ticker;
            ticker = null;
        }
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }

    /** Starts after the event processors, stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }
}
