package dev.commitmenttracker.config;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
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
 * Hikari's {@code connection-timeout} (application.yml) bounds the wait for a connection when the database refuses or
 * is gone. A connection already in hand whose peer has gone silent (a partition) is bounded per request: a command (any
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
     * request; {@code connect-timeout} (pgjdbc {@code connectTimeout} and {@code loginTimeout}) and {@code
     * socket-timeout} (pgjdbc {@code socketTimeout}, the backstop for work outside requests), whole seconds as the
     * driver counts them.
     */
    @ConfigurationProperties("tracker.database")
    public record Settings(
            Duration commandTimeout, Duration readTimeout, Duration connectTimeout, Duration socketTimeout) {

        public Settings {
            commandTimeout = commandTimeout == null ? Duration.ofMillis(1200) : commandTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
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
                    return new TimeoutDataSource(pool);
                }
                return bean;
            }
        };
    }

    private static Settings settings(Environment environment) {
        return new Settings(
                environment.getProperty("tracker.database.command-timeout", Duration.class),
                environment.getProperty("tracker.database.read-timeout", Duration.class),
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

    /** The pool, handing out connections whose network timeout is the current request's. */
    static final class TimeoutDataSource extends DelegatingDataSource {

        TimeoutDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return withTimeout(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return withTimeout(super.getConnection(username, password));
        }

        private static Connection withTimeout(Connection connection) throws SQLException {
            Duration timeout = TIMEOUT.get();
            if (timeout != null) {
                connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            }
            return connection;
        }
    }
}
