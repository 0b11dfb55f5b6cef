package dev.commitmenttracker.config;

import static dev.commitmenttracker.support.Requests.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.Application;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Two nodes on one database, both polling the event store only every 10 s: the reporting processors run on the
 * second, the commands arrive at the first, and the first's NOTIFY wakes the second, so a new commitment is in the
 * Area report within a couple of seconds. The second node's listener survives the loss of its connection.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"tracker.test.context=event-notifications", "tracker.processors.poll-interval=10s"})
@DirtiesContext
class EventNotificationsIT {

    static final String NW = "manager.north-west";
    static final Duration SOON = Duration.ofSeconds(3);

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    Api first;
    ConfigurableApplicationContext second;

    @BeforeEach
    void startSecondNode() {
        first = new Api(port);
        // the first node lets go of the reporting projections, so that the second processes them
        ReportingGroups.ALL.forEach(
                group -> processing.eventProcessor(group).orElseThrow().shutDown());
        // as arguments: they win over application.yml, as the first node's test properties do
        second = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--tracker.processors.poll-interval=10s");
        assertThat(second.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
        EventProcessingConfiguration secondProcessing = second.getBean(EventProcessingConfiguration.class);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> ReportingGroups.ALL.stream()
                        .allMatch(group -> !secondProcessing
                                .eventProcessor(group, org.axonframework.eventhandling.StreamingEventProcessor.class)
                                .orElseThrow()
                                .processingStatus()
                                .isEmpty()));
    }

    @AfterEach
    void stopSecondNode() {
        if (second != null) {
            second.close();
        }
        ReportingGroups.ALL.forEach(
                group -> processing.eventProcessor(group).orElseThrow().start());
    }

    @Test
    void aCommitOnOneNodeWakesTheProcessorsOfAnotherAndTheListenerReconnects() {
        long before = total();
        record();
        // the first may have come while the second node was still starting: in at the latest after one poll
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> total() == before + 1);

        record();
        Awaitility.await().atMost(SOON).pollInterval(Duration.ofMillis(20)).until(() -> total() == before + 2);

        EventNotifications listener = second.getBean(EventNotifications.class);
        int lost = listener.backendPid();
        assertThat(lost).isPositive();
        // as a database restart would: the server ends the listening connection (only that one, of this test's
        // database)
        assertThat(jdbc.queryForObject(
                        "select pg_terminate_backend(pid) from pg_stat_activity where pid = ? and datname = current_database()",
                        Boolean.class,
                        lost))
                .isTrue();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> listener.backendPid() != 0 && listener.backendPid() != lost);

        record();
        Awaitility.await().atMost(SOON).pollInterval(Duration.ofMillis(20)).until(() -> total() == before + 3);
    }

    private void record() {
        Api.Response created = first.as(NW).post("/api/commitments", commitment("NORTH_WEST"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private long total() {
        Api.Response report = first.as("analyst").get("/api/reports/areas/NORTH_WEST");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json().path("total").asLong();
    }
}
