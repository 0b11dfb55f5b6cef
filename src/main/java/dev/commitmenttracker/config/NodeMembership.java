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
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * This node among the nodes running on the same database (ADR 0017). Each node writes its row in {@code tracker_node}
 * every {@link #HEARTBEAT} while it runs and deletes it when it stops; a row older than the liveness timeout is a node
 * that died. From the live nodes and the token rows, each streaming processor's fair share of segments on this node is
 * the number of its segments divided by the number of live nodes, rounded up: Axon's pooled processor releases what it
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
     * How many segments of {@code processor} this node may hold: all of them divided by the live nodes, rounded up
     * (at least 1). Read by Axon's coordinator on every round, so it answers from what the heartbeat last read.
     */
    public int fairShare(String processor) {
        int total = segments.getOrDefault(processor, 0);
        if (total == 0) {
            return Short.MAX_VALUE;
        }
        return Math.max(1, (total + liveNodes - 1) / liveNodes);
    }

    /** Writes this node's row and reads the live nodes and every processor's segment count; run every heartbeat. */
    void beat() {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        if (jdbc.update("update tracker_node set last_seen = ? where node_id = ?", at, nodeId) == 0) {
            jdbc.update("insert into tracker_node (node_id, started_at, last_seen) values (?, ?, ?)", nodeId, at, at);
        }
        Integer live = jdbc.queryForObject(
                "select count(*) from tracker_node where last_seen > ? and node_id <> ?",
                Integer.class,
                Timestamp.from(now.minus(livenessTimeout)),
                nodeId);
        Map<String, Integer> counted = new HashMap<>();
        jdbc.query("select processor_name, count(*) from token_entry group by processor_name", row -> {
            counted.put(row.getString(1), row.getInt(2));
        });
        int nodes = 1 + (live == null ? 0 : live);
        if (nodes != liveNodes) {
            log.info("Node {}: {} node(s) running on this database", nodeId, nodes);
        }
        liveNodes = nodes;
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
