package dev.commitmenttracker.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * This node among the nodes running on the same database (ADR 0017). Each node writes its row in {@code tracker_node}
 * every {@link #HEARTBEAT} while it runs and deletes it when it stops; a row older than the liveness timeout is a node
 * that died. From the live nodes (and which streaming processors each runs) and the token rows, each processor's fair
 * share of segments on this node is the number of its segments divided by the number of live nodes running it, rounded
 * up: Axon's pooled processor releases what it
 * holds beyond that share and claims no more (its {@code MaxSegmentProvider}), so two nodes split the segments between
 * them, and one node left alone takes all of them once the dead node's claims have timed out.
 * <p>
 * Times are this node's clock, as Axon's token claims are: nodes' clocks must agree to within a second or so (NTP).
 */
public final class NodeMembership implements SmartLifecycle {

    static final Duration HEARTBEAT = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(NodeMembership.class);

    private final String nodeId;
    private final JdbcTemplate jdbc;
    private final Duration livenessTimeout;
    private final Clock clock = Clock.systemUTC();
    private volatile int liveNodes = 1;
    private volatile Map<String, Integer> segments = Map.of();
    /** For each processor, the live nodes running it (this one included when it does). */
    private volatile Map<String, Integer> runningOn = Map.of();
    /** The streaming processors running on this node, by name. */
    private volatile Supplier<Set<String>> running = Set::of;

    private volatile ScheduledExecutorService heartbeat;

    NodeMembership(String nodeId, JdbcTemplate jdbc, Duration livenessTimeout) {
        this.nodeId = nodeId;
        this.jdbc = jdbc;
        this.livenessTimeout = livenessTimeout;
    }

    /** The configured id, or one made from the host, the process and a random part (two nodes in one JVM differ). */
    static String nodeId(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Where this node learns which of its streaming processors are running (set once Axon is configured). */
    void runningProcessors(Supplier<Set<String>> running) {
        this.running = running;
    }

    /** This node's id: the owner Axon writes in {@code token_entry} for the segments it holds. */
    public String id() {
        return nodeId;
    }

    /** Nodes seen alive at the last heartbeat, this one included. */
    public int liveNodes() {
        return liveNodes;
    }

    /** Ids of the nodes whose heartbeat is recent, read now. */
    public List<String> liveNodeIds() {
        return jdbc.queryForList(
                "select node_id from tracker_node where last_seen > ? order by node_id",
                String.class,
                Timestamp.from(clock.instant().minus(livenessTimeout)));
    }

    /**
     * How many segments of {@code processor} this node may hold: all of them divided by the live nodes that run it
     * (this one counted), rounded up, at least 1. A node that stopped the processor (for a rebuild, say) leaves its
     * share to the others. Read by Axon's coordinator on every round, so it answers from what the heartbeat last read.
     */
    public int fairShare(String processor) {
        int total = segments.getOrDefault(processor, 0);
        if (total == 0) {
            return Short.MAX_VALUE;
        }
        int nodes = Math.max(
                1, runningOn.getOrDefault(processor, 0) + (running.get().contains(processor) ? 0 : 1));
        return Math.max(1, (total + nodes - 1) / nodes);
    }

    /** Writes this node's row and reads the live nodes and every processor's segment count; run every heartbeat. */
    void beat() {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        String mine = String.join(",", new TreeSet<>(running.get()));
        if (jdbc.update("update tracker_node set last_seen = ?, processors = ? where node_id = ?", at, mine, nodeId)
                == 0) {
            jdbc.update(
                    "insert into tracker_node (node_id, started_at, last_seen, processors) values (?, ?, ?, ?)",
                    nodeId,
                    at,
                    at,
                    mine);
        }
        List<String> live = jdbc.queryForList(
                "select processors from tracker_node where last_seen > ?",
                String.class,
                Timestamp.from(now.minus(livenessTimeout)));
        Map<String, Integer> running = new HashMap<>();
        for (String processors : live) {
            for (String processor : processors.split(",")) {
                if (!processor.isBlank()) {
                    running.merge(processor, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> counted = new HashMap<>();
        jdbc.query("select processor_name, count(*) from token_entry group by processor_name", row -> {
            counted.put(row.getString(1), row.getInt(2));
        });
        int nodes = Math.max(1, live.size());
        if (nodes != liveNodes) {
            log.info("Node {}: {} node(s) running on this database", nodeId, nodes);
        }
        liveNodes = nodes;
        runningOn = Map.copyOf(running);
        segments = Map.copyOf(counted);
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            // the database is away: the shares stay as last read, and the other nodes may think this one dead
            log.debug("Heartbeat of node {} failed", nodeId, e);
        }
    }

    @Override
    public synchronized void start() {
        if (heartbeat != null) {
            return;
        }
        beatQuietly();
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tracker-node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(
                this::beatQuietly, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (heartbeat == null) {
            return;
        }
        heartbeat.shutdownNow();
        heartbeat = null;
        try {
            jdbc.update("delete from tracker_node where node_id = ?", nodeId);
        } catch (RuntimeException e) {
            log.debug("Node {} could not remove its row", nodeId, e);
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }

    /** Starts before the event processors (so that they know their share) and stops after them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
