package dev.commitmenttracker.config;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a request may wait for PostgreSQL before it is answered 503 {@code service.database-unavailable} (ADR 0021).
 * <p>
 * A request waits for a connection at least {@link Settings#connectionWait()}; past that, only while the pool has all
 * its connections and is handing them out (one was handed to anybody within {@link Settings#stalledAfter()}), and at
 * most Hikari's {@code connection-timeout}. A pool that hands connections out is busy but its database answers: the request queues.
 * A pool that has handed nothing out for that long cannot make or revive connections (the database refuses, dropped
 * them, or is silent): the request gives up and is answered 503. Work outside requests (event processors, rebuilds)
 * waits Hikari's {@code connection-timeout}. A connection already in hand whose peer has gone silent (a partition) is bounded per request: a command (any
 * method but GET/HEAD/OPTIONS) and the health endpoints wait at most {@link Settings#commandTimeout()} for any one
 * answer of the database, other reads {@link Settings#readTimeout()}. The connection a request borrows gets that as its
 * network timeout ({@link Connection#setNetworkTimeout}); a read past it fails with an I/O error, the pool discards the
 * connection, and the request is answered 503. Hikari restores the pool's own timeout when the connection is returned.
 * The timeout is per answer, not per request, so a command that is merely slow (a busy machine) is not cut short.
 * <p>
 * Work outside requests (event processors, the demo loader, rebuilds) keeps the driver's {@code socketTimeout}, a
 * backstop far longer than any batch they read ({@link Settings#socketTimeout()}), so a processor stuck on a dead
 * connection notices it and retries. The driver settings are given to PostgreSQL's driver only (a setting in the JDBC
 * URL wins over them).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseTimeouts.Settings.class)
public class DatabaseTimeouts {

    /** How long the request this thread is serving waits for one answer of the database; absent outside requests. */
    private static final ThreadLocal<Duration> TIMEOUT = new ThreadLocal<>();

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * {@code tracker.database.*}: {@code command-timeout} and {@code read-timeout}, per answer of the database in a
     * request; {@code connection-wait} and {@code stalled-after}, how long a request waits for a connection (at least
     * the first; past it while the pool has handed a connection out within the second); {@code connect-timeout} (pgjdbc
     * {@code connectTimeout} and {@code loginTimeout}) and {@code socket-timeout} (pgjdbc {@code socketTimeout}, the
     * backstop for work outside requests), whole seconds as the driver counts them.
     */
    @ConfigurationProperties("tracker.database")
    public record Settings(
            Duration commandTimeout,
            Duration readTimeout,
            Duration connectionWait,
            Duration stalledAfter,
            Duration connectTimeout,
            Duration socketTimeout) {

        public Settings {
            commandTimeout = commandTimeout == null ? Duration.ofMillis(1200) : commandTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
            connectionWait = connectionWait == null ? Duration.ofMillis(500) : connectionWait;
            stalledAfter = stalledAfter == null ? Duration.ofMillis(750) : stalledAfter;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
            socketTimeout = socketTimeout == null ? Duration.ofSeconds(60) : socketTimeout;
        }
    }

    /** Sets each request's timeout before anything else runs. */
    @Bean
    static OncePerRequestFilter databaseTimeoutFilter(Settings settings) {
        return new TimeoutFilter(settings);
    }

    /** Gives PostgreSQL's driver its timeouts and wraps the pool so that a request's connection has its timeout. */
    @Bean
    static BeanPostProcessor databaseTimeoutPool(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool
                        && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    Settings settings = settings(environment);
                    String connect =
                            String.valueOf(Math.max(1, settings.connectTimeout().toSeconds()));
                    pool.addDataSourceProperty("connectTimeout", connect);
                    pool.addDataSourceProperty("loginTimeout", connect);
                    pool.addDataSourceProperty(
                            "socketTimeout",
                            String.valueOf(settings.socketTimeout().toSeconds()));
                    pool.addDataSourceProperty("tcpKeepAlive", "true");
                    return new TimeoutDataSource(pool, settings);
                }
                return bean;
            }
        };
    }

    private static Settings settings(Environment environment) {
        return new Settings(
                environment.getProperty("tracker.database.command-timeout", Duration.class),
                environment.getProperty("tracker.database.read-timeout", Duration.class),
                environment.getProperty("tracker.database.connection-wait", Duration.class),
                environment.getProperty("tracker.database.stalled-after", Duration.class),
                environment.getProperty("tracker.database.connect-timeout", Duration.class),
                environment.getProperty("tracker.database.socket-timeout", Duration.class));
    }

    private static final class TimeoutFilter extends OncePerRequestFilter implements Ordered {

        private final Settings settings;

        TimeoutFilter(Settings settings) {
            this.settings = settings;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean read = READS.contains(request.getMethod())
                    && !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
            TIMEOUT.set(read ? settings.readTimeout() : settings.commandTimeout());
            try {
                chain.doFilter(request, response);
            } finally {
                TIMEOUT.remove();
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return true;
        }
    }

    /** Runs {@code work} as a request would: with {@code timeout} per answer of the database (tests). */
    static <T> T inRequest(Duration timeout, java.util.concurrent.Callable<T> work) throws Exception {
        TIMEOUT.set(timeout);
        try {
            return work.call();
        } finally {
            TIMEOUT.remove();
        }
    }

    /**
     * The pool, handing out connections whose network timeout is the current request's; a request waits for one as long
     * as the pool makes progress (see the class comment).
     */
    static final class TimeoutDataSource extends DelegatingDataSource {

        private static final Logger log = LoggerFactory.getLogger(DatabaseTimeouts.class);

        private final HikariDataSource hikari;
        private final long connectionWaitNanos;
        private final long stalledAfterNanos;
        /** {@link System#nanoTime()} when the pool last handed a connection to anybody. */
        private final AtomicLong lastHandedOut = new AtomicLong(System.nanoTime());

        TimeoutDataSource(HikariDataSource pool, Settings settings) {
            super(pool);
            this.hikari = pool;
            this.connectionWaitNanos = settings.connectionWait().toNanos();
            this.stalledAfterNanos = settings.stalledAfter().toNanos();
        }

        @Override
        public Connection getConnection() throws SQLException {
            Duration timeout = TIMEOUT.get();
            Connection connection = timeout == null ? super.getConnection() : borrowForRequest();
            lastHandedOut.set(System.nanoTime());
            return withTimeout(connection, timeout);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            Connection connection = super.getConnection(username, password);
            lastHandedOut.set(System.nanoTime());
            return withTimeout(connection, TIMEOUT.get());
        }

        /**
         * Waits at least the connection wait, then as long as the pool hands connections out, at most Hikari's
         * connection timeout; Hikari is asked in steps that end when the request would give up unless something was
         * handed out meanwhile.
         */
        private Connection borrowForRequest() throws SQLException {
            HikariPoolMXBean bean = hikari.getHikariPoolMXBean();
            if (!(bean instanceof HikariPool pool)) {
                return super.getConnection(); // not started yet: Hikari starts it and waits its own timeout
            }
            long started = System.nanoTime();
            long cap = started + TimeUnit.MILLISECONDS.toNanos(hikari.getConnectionTimeout());
            long patientUntil = started + connectionWaitNanos;
            SQLTransientConnectionException timedOut = null;
            while (true) {
                long now = System.nanoTime();
                // patient only with every connection made and at work: a pool below its size cannot make connections
                // (a refusing database), even while the few it kept are handed out
                boolean full = pool.getTotalConnections() >= hikari.getMaximumPoolSize();
                long until = full
                        ? Math.min(cap, Math.max(patientUntil, lastHandedOut.get() + stalledAfterNanos))
                        : Math.min(cap, patientUntil);
                if (timedOut != null && now >= until) {
                    log.debug(
                            "No connection for a request after {} ms: pool {} (total {}, active {}, idle {}, waiting"
                                    + " {}), last connection handed out {} ms ago",
                            TimeUnit.NANOSECONDS.toMillis(now - started),
                            now >= cap ? "busy" : "stalled",
                            pool.getTotalConnections(),
                            pool.getActiveConnections(),
                            pool.getIdleConnections(),
                            pool.getThreadsAwaitingConnection(),
                            TimeUnit.NANOSECONDS.toMillis(now - lastHandedOut.get()));
                    throw timedOut;
                }
                try {
                    return pool.getConnection(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - now)));
                } catch (SQLTransientConnectionException e) {
                    timedOut = e;
                }
            }
        }

        private static Connection withTimeout(Connection connection, Duration timeout) throws SQLException {
            if (timeout != null) {
                connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            }
            return connection;
        }
    }
}
