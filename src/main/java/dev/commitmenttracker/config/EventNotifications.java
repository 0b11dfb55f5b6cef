package dev.commitmenttracker.config;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * On PostgreSQL, nodes tell each other that events were committed: every appending transaction sends
 * {@code NOTIFY tracker_events} (delivered by PostgreSQL when, and only if, it commits), and a daemon thread of each node
 * listens on a connection of its own and, on a notice from another node, makes the event store read new events at
 * once ({@link WakingEventStore#fetchNow()}). A notice carries no event: the processors still read the store from
 * their tokens, so a lost notice only delays an event until the store's next poll.
 * <p>
 * The listener never holds up start-up: it connects in the background, and when its connection fails (the database
 * restarts, say) it connects again after 1 s, doubling up to 30 s, and then asks the store to read, for whatever was
 * committed while it was deaf. A connection silent for {@value #SILENCE_MILLIS} ms is checked with a query, so that a
 * dead one is noticed.
 */
final class EventNotifications implements SmartLifecycle {

    static final String CHANNEL = "tracker_events";
    static final String APPLICATION_NAME = "tracker-event-notifications";
    static final int SILENCE_MILLIS = 10_000;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(EventNotifications.class);

    /** This node, as its notices name it: its own notices are not news to it. */
    private final String node = UUID.randomUUID().toString();

    private final String url;
    private final String user;
    private final String password;
    private final Runnable wake;
    private final boolean enabled;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection connection;
    private volatile int backendPid;

    /** Listens (once started) only when {@code enabled}: on PostgreSQL with the wake-up on. */
    EventNotifications(String url, String user, String password, Runnable wake, boolean enabled) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.wake = wake;
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    /** Adds this node's notice to the current transaction of {@code entityManagers}: run where events are appended. */
    void announce(EntityManagerProvider entityManagers) {
        EntityManager entityManager = entityManagers.getEntityManager();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                // the node id is a UUID this class made: nothing from outside goes into the statement
                statement.execute("NOTIFY " + CHANNEL + ", '" + node + "'");
            }
        });
    }

    @Override
    public synchronized void start() {
        if (running || !enabled) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, APPLICATION_NAME);
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
        abortQuietly(connection);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the event processors and the connection pool, starts after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /** The server process of the listening connection, 0 while there is none (for tests and diagnosis). */
    int backendPid() {
        return backendPid;
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        boolean failing = false;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                PGConnection notifications = listening.unwrap(PGConnection.class);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                backendPid = notifications.getBackendPID();
                log.info("Listening for events committed by other nodes (PostgreSQL channel {})", CHANNEL);
                failing = false;
                retry = FIRST_RETRY;
                // whatever was committed while no one listened
                wake.run();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(SILENCE_MILLIS);
                    if (received == null || received.length == 0) {
                        try (Statement statement = listening.createStatement()) {
                            statement.execute("SELECT 1");
                        }
                    } else if (fromAnotherNode(received)) {
                        wake.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                backendPid = 0;
                if (!running) {
                    break;
                }
                if (!failing) {
                    log.warn(
                            "Not listening for events committed by other nodes ({}); retrying, meanwhile they are seen on the "
                                    + "event store's poll",
                            e.getMessage());
                    failing = true;
                } else {
                    log.debug("Still not listening for events committed by other nodes", e);
                }
                if (!sleep(retry)) {
                    break;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
        backendPid = 0;
    }

    private boolean fromAnotherNode(PGNotification[] received) {
        for (PGNotification notification : received) {
            if (!node.equals(notification.getParameter())) {
                return true;
            }
        }
        return false;
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "10");
        // longer than a silent wait for notices, so that only a dead connection trips it
        properties.setProperty("socketTimeout", String.valueOf(3 * SILENCE_MILLIS / 1000));
        properties.setProperty("tcpKeepAlive", "true");
        Connection opened = DriverManager.getConnection(url, properties);
        opened.setAutoCommit(true);
        return opened;
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Closes the socket under a listener that may be waiting on it (a plain close would wait for that read to end). */
    private static void abortQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                log.debug("Closing the listening connection failed", e);
            }
        }
    }
}
