package dev.commitmenttracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.Application;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Start-up as operations see it: not ready before the demo data is in, and two nodes on one empty database both start. */
class StartUpIT {

    @Nested
    @PostgresIntegrationTest
    @TestPropertySource(properties = "tracker.demo-data.enabled=true")
    @Import(StartUpIT.HealthBeforeDemoData.class)
    class Readiness {

        @Autowired
        HealthBeforeDemoData probe;

        @LocalServerPort
        int port;

        @Test
        void healthIsOutOfServiceUntilTheDemoDataHasLoaded() throws Exception {
            assertThat(probe.status.get())
                    .as("health answered while the demo data was still to load")
                    .isEqualTo(503);
            assertThat(health(port)).isEqualTo(200);
        }
    }

    @Test
    void twoNodesStartedTogetherOnAnEmptyDatabaseBothStartAndLoadTheDemoDataOnce() throws Exception {
        TestDatabase.Fresh database = TestDatabase.createFresh();
        List<CompletableFuture<ConfigurableApplicationContext>> nodes = List.of(start(database), start(database));
        try {
            for (CompletableFuture<ConfigurableApplicationContext> node : nodes) {
                assertThat(node.get(180, TimeUnit.SECONDS).isActive()).isTrue();
            }
            JdbcTemplate jdbc = nodes.get(0).get().getBean(JdbcTemplate.class);
            for (CompletableFuture<ConfigurableApplicationContext> node : nodes) {
                assertThat(node.get().getEnvironment().getProperty("spring.datasource.url"))
                        .as("each node runs on the test's PostgreSQL database, not the embedded default")
                        .isEqualTo(database.url());
            }
            assertThat(jdbc.queryForObject(
                            "select count(distinct aggregate_identifier) from domain_event_entry where type = 'Commitment'",
                            Long.class))
                    .as("23 commitments of five Areas, 5 national and 2 of CPS Direct")
                    .isEqualTo(30);
            assertThat(jdbc.queryForObject(
                            "select count(*) from (select aggregate_identifier, payload_type, payload from domain_event_entry"
                                    + " group by aggregate_identifier, payload_type, payload having count(*) > 1) repeated",
                            Long.class))
                    .as("an act the demo script makes once, recorded twice")
                    .isZero();
        } finally {
            for (CompletableFuture<ConfigurableApplicationContext> node : nodes) {
                node.thenAccept(ConfigurableApplicationContext::close);
            }
        }
    }

    private static CompletableFuture<ConfigurableApplicationContext> start(TestDatabase.Fresh database) {
        // Arguments, not builder properties: those are defaults, below application.yml, whose H2 file database they
        // then got.
        // A thread per node: since Java 25 the default async executor can be a single thread, which started them one by
        // one.
        return CompletableFuture.supplyAsync(
                () -> new SpringApplicationBuilder(Application.class)
                        .listeners(new LoggingSetUpOneAtATime())
                        .run(
                                "--server.port=0",
                                "--tracker.demo-data.enabled=true",
                                "--spring.datasource.url=" + database.url(),
                                "--spring.datasource.username=" + database.user(),
                                "--spring.datasource.password=" + database.password()),
                task -> new Thread(task).start());
    }

    /**
     * Two nodes in one JVM share Logback's one logger context, and Spring Boot's logging set-up is not safe to run twice
     * at once in it: one node's reset removed the Environment the other's encoder was reading ("Unable to find Spring
     * Environment in logger context", seen once in CI). Separate JVMs, as in production, do not share it. This holds a
     * JVM-wide permit from the start of a run until logging is set up (the context is initialised) or the run fails,
     * so the nodes still race for the database, which is what the test is about.
     */
    static final class LoggingSetUpOneAtATime implements GenericApplicationListener {

        private static final Semaphore PERMIT = new Semaphore(1);

        private boolean holding;

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return ApplicationStartingEvent.class.isAssignableFrom(eventType.toClass())
                    || ApplicationContextInitializedEvent.class.isAssignableFrom(eventType.toClass())
                    || ApplicationFailedEvent.class.isAssignableFrom(eventType.toClass());
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationStartingEvent) {
                PERMIT.acquireUninterruptibly();
                holding = true;
            } else if (holding) {
                holding = false;
                PERMIT.release();
            }
        }

        @Override
        public int getOrder() {
            // Before Spring Boot's LoggingApplicationListener, which resets the shared context when a run starts.
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    static int health(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .GET()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Asks for health from a start-up runner that runs before the demo loader. */
    @TestConfiguration(proxyBeanMethods = false)
    static class HealthBeforeDemoData {

        final AtomicInteger status = new AtomicInteger();

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ApplicationRunner askForHealthFirst(Environment environment) {
            return args -> status.set(health(environment.getRequiredProperty("local.server.port", Integer.class)));
        }
    }
}
