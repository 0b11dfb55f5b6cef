package dev.commitmenttracker.config;

import static dev.commitmenttracker.support.Requests.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The reporting processors are woken when an event is committed: with the event store's poll set to 10 s, a new
 * commitment is in the Area report within a couple of seconds all the same. Each projection's lag is in the admin
 * status and in the gauges.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"tracker.test.context=processor-wake-up", "tracker.processors.poll-interval=10s"})
@DirtiesContext
class ProcessorWakeUpIT {

    static final String NW = "manager.north-west";
    /** Well below the 10 s poll, and generous for a loaded machine. */
    static final Duration SOON = Duration.ofSeconds(3);

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    EventProcessingConfiguration processing;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aCommittedEventReachesTheAreaReportWithoutWaitingForThePoll() {
        long before = total();
        record();
        // the first event may have found a processor still starting: it is in at the latest after one poll
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> total() == before + 1);

        // the store has just polled, so the next look is 10 s away: only a wake-up brings the next event in sooner
        record();
        Awaitility.await().atMost(SOON).pollInterval(Duration.ofMillis(20)).until(() -> total() == before + 2);
        record();
        Awaitility.await().atMost(SOON).pollInterval(Duration.ofMillis(20)).until(() -> total() == before + 3);
    }

    @Test
    void eachProjectionShowsItsLagInTheStatusAndAsGauges() {
        record();
        ProjectionsCaughtUp.await(api);
        for (JsonNode projection : projections()) {
            assertThat(projection.path("lag").asLong())
                    .as(projection.toString())
                    .isZero();
            assertThat(projection.path("lagMillis").asLong())
                    .as(projection.toString())
                    .isZero();
            String name = projection.path("name").asString();
            assertThat(meters.get(ProjectionLag.LAG_METRIC)
                            .tag("projection", name)
                            .gauge()
                            .value())
                    .as(name)
                    .isZero();
            assertThat(meters.get(ProjectionLag.LAG_TIME_METRIC)
                            .tag("projection", name)
                            .timeGauge()
                            .value())
                    .as(name)
                    .isZero();
        }

        EventProcessor stopped = processing.eventProcessor("evidence-register").orElseThrow();
        stopped.shutDown();
        try {
            record();
            record();
            JsonNode behind = projection("evidence-register");
            // stopped, it holds no segment: its lag comes from its stored token
            // (two commitments recorded since it stopped: two events at least, not the whole store)
            assertThat(behind.path("lag").asLong())
                    .as(behind.toString())
                    .isGreaterThanOrEqualTo(2)
                    .isLessThan(behind.path("head").asLong());
            assertThat(behind.path("lagMillis").asLong()).as(behind.toString()).isNotNegative();
            assertThat(meters.get(ProjectionLag.LAG_METRIC)
                            .tag("projection", "evidence-register")
                            .gauge()
                            .value())
                    .isGreaterThanOrEqualTo(2.0);
        } finally {
            stopped.start();
        }
        ProjectionsCaughtUp.await(api);
        assertThat(projection("evidence-register").path("lag").asLong()).isZero();
    }

    private void record() {
        Api.Response created = api.as(NW).post("/api/commitments", commitment("NORTH_WEST"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private long total() {
        Api.Response report = api.as("analyst").get("/api/reports/areas/NORTH_WEST");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json().path("total").asLong();
    }

    private Iterable<JsonNode> projections() {
        return api.as("lead.national").get("/api/admin/projections").json().path("projections");
    }

    private JsonNode projection(String name) {
        for (JsonNode projection : projections()) {
            if (projection.path("name").asString().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + name);
    }
}
