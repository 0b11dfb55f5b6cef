package dev.commitmenttracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request's wait for a connection (ADR 0021): a pool that keeps handing connections out is busy and its database
 * answers, so requests queue past the short wait; a pool that hands nothing out is stalled, so a request gives up soon
 * after the short wait, long before Hikari's own timeout. An in-memory H2 pool of one connection stands in for the
 * database; who holds the connection is the test's doing.
 */
class DatabaseTimeoutsTest {

    static final Duration PER_ANSWER = Duration.ofSeconds(10);

    HikariDataSource hikari;

    @AfterEach
    void closePool() {
        if (hikari != null) {
            hikari.close();
        }
    }

    @Test
    void givenABusyPoolThatHandsConnectionsOut_whenRequestsQueuePastTheShortWait_thenEachGetsOne() throws Exception {
        // short wait 0.1 s; the pool counts as stalled only after 5 s without a connection handed out
        DatabaseTimeouts.TimeoutDataSource pool = pool(Duration.ofMillis(100), Duration.ofSeconds(5), 60_000);
        int requests = 8;
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<Long>> waits = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                waits.add(threads.submit(() -> DatabaseTimeouts.inRequest(PER_ANSWER, () -> {
                    long started = System.nanoTime();
                    try (Connection connection = pool.getConnection()) {
                        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                        Thread.sleep(100); // a command's transaction
                        assertThat(connection.isValid(1)).isTrue();
                        return waited;
                    }
                })));
            }
            long longest = 0;
            for (Future<Long> wait : waits) {
                longest = Math.max(longest, wait.get(2, TimeUnit.MINUTES));
            }
            // eight requests through one connection held 0.1 s each: the last in line waited several times the short
            // wait (about 0.7 s less the time the threads took to start; 698 ms was seen, so not 700 exactly), and got
            // its connection because the pool kept handing connections out
            assertThat(longest).isGreaterThanOrEqualTo(300);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void givenAPoolThatHandsNothingOut_whenARequestWaits_thenItGivesUpSoonAfterTheShortWait() throws Exception {
        DatabaseTimeouts.TimeoutDataSource pool = pool(Duration.ofMillis(200), Duration.ofMillis(300), 60_000);
        try (Connection held = pool.getConnection()) { // the only connection, stuck (as on a silent database)
            long started = System.nanoTime();
            assertThatThrownBy(() -> DatabaseTimeouts.inRequest(PER_ANSWER, pool::getConnection))
                    .isInstanceOf(SQLTransientConnectionException.class);
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(waited)
                    .as("gave up once nothing was handed out for 0.3 s, not after Hikari's 60 s")
                    .isGreaterThanOrEqualTo(200)
                    .isLessThan(30_000);
            assertThat(held.isValid(1)).isTrue();
        }
    }

    @Test
    void givenAPoolThatHandsNothingOut_whenWorkOutsideARequestWaits_thenItWaitsHikarisTimeout() throws Exception {
        DatabaseTimeouts.TimeoutDataSource pool = pool(Duration.ofMillis(100), Duration.ofMillis(100), 1_500);
        try (Connection held = pool.getConnection()) {
            long started = System.nanoTime();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                    .as("an event processor waits the pool's own timeout")
                    .isGreaterThanOrEqualTo(1_500);
        }
    }

    @Test
    void givenARequest_whenItBorrows_thenTheConnectionHasTheRequestsTimeoutPerAnswer() throws Exception {
        DatabaseTimeouts.TimeoutDataSource pool = pool(Duration.ofMillis(100), Duration.ofMillis(100), 1_000);
        int timeout = DatabaseTimeouts.inRequest(Duration.ofMillis(1200), () -> {
            try (Connection connection = pool.getConnection()) {
                return connection.getNetworkTimeout();
            }
        });
        assertThat(timeout).isEqualTo(1200);
    }

    private DatabaseTimeouts.TimeoutDataSource pool(Duration connectionWait, Duration stalledAfter, long hikariTimeout)
            throws Exception {
        hikari = new HikariDataSource();
        hikari.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID());
        hikari.setMaximumPoolSize(1);
        hikari.setConnectionTimeout(hikariTimeout);
        DatabaseTimeouts.TimeoutDataSource pool = new DatabaseTimeouts.TimeoutDataSource(
                hikari, new DatabaseTimeouts.Settings(null, null, connectionWait, stalledAfter, null, null));
        pool.getConnection().close(); // starts the pool
        return pool;
    }
}
