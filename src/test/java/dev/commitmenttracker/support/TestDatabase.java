package dev.commitmenttracker.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests, a fresh database for each Spring context. Where Docker runs, Testcontainers starts
 * the server; elsewhere the server given by TRACKER_TEST_DB_HOST/PORT/USER/PASSWORD (default localhost:5432,
 * user postgres) is used. No test is skipped for want of a database: without one they fail.
 */
public final class TestDatabase {

    private static Server server;

    private TestDatabase() {}

    record Server(String host, int port, String user, String password) {
        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /** A connection URL to a new, empty database. */
    public static synchronized Fresh createFresh() {
        return createFresh("");
    }

    /** A new, empty database named {@code tracker_it_<label>_<random>}, for a test that drops it when done. */
    public static synchronized Fresh createFresh(String label) {
        Server s = server();
        String name = "tracker_it_" + (label.isEmpty() ? "" : label + "_")
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(s.url("postgres"), s.user(), s.password());
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "No PostgreSQL for the tests at " + s.url("postgres")
                            + ": start one (see .ci/run) or set TRACKER_TEST_DB_HOST/PORT/USER/PASSWORD",
                    e);
        }
        return new Fresh(s.url(name), s.user(), s.password());
    }

    /** A database made for one Spring context. */
    public record Fresh(String url, String user, String password) {

        /** Its name on the server. */
        public String name() {
            return url.substring(url.lastIndexOf('/') + 1);
        }

        /** The server's host and port, as a proxy in front of it needs them. */
        public String host() {
            return server().host();
        }

        public int port() {
            return server().port();
        }

        /** The same database reached through {@code host:port} instead (a proxy the test controls). */
        public String urlThrough(String host, int port) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name();
        }
    }

    /** Drops a database this test created, closing whatever connections are still open to it. */
    public static synchronized void drop(Fresh database) {
        Server s = server();
        try (Connection admin = DriverManager.getConnection(s.url("postgres"), s.user(), s.password());
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database.name() + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop " + database.name(), e);
        }
    }

    private static Server server() {
        if (server == null) {
            server = System.getenv("TRACKER_TEST_DB_HOST") == null && dockerAvailable()
                    ? container()
                    : fromEnvironment();
        }
        return server;
    }

    private static Server fromEnvironment() {
        return new Server(
                env("TRACKER_TEST_DB_HOST", "localhost"),
                Integer.parseInt(env("TRACKER_TEST_DB_PORT", "5432")),
                env("TRACKER_TEST_DB_USER", "postgres"),
                env("TRACKER_TEST_DB_PASSWORD", ""));
    }

    @SuppressWarnings("resource") // one container for the whole test run, stopped by Testcontainers' reaper
    private static Server container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        return new Server(
                container.getHost(), container.getFirstMappedPort(), container.getUsername(), container.getPassword());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
