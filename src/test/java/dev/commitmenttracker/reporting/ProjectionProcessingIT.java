package dev.commitmenttracker.reporting;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The projections as their processors run them: a failing handler stops its processor visibly (admin status, metric)
 * and, once the fault is gone, the event is processed, not skipped; events delivered again through a processor whose
 * token was set back change no figure.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=projection-processing")
@DirtiesContext
class ProjectionProcessingIT {

    static final String LN = "manager.london-north";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    TransactionTemplate transactions;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aFailingProjectionIsShownInErrorCountedAndResumesWithoutSkippingTheEvent() {
        String id = startedCommitment();
        ProjectionsCaughtUp.await(api);
        double failuresBefore = failures("evidence-register");

        jdbc.execute("alter table report_evidence rename to report_evidence_away");
        try {
            Api.Response recorded = api.as(LN)
                    .post(
                            "/api/commitments/" + id + "/evidence",
                            map(
                                    "method",
                                    "DIP_SAMPLE",
                                    "effectiveOn",
                                    "2026-10-01",
                                    "sampleSize",
                                    10,
                                    "compliantCount",
                                    9,
                                    "summary",
                                    "Dip sample."));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode register = projection("evidence-register");
                assertThat(register.path("error").asBoolean())
                        .as(register.toString())
                        .isTrue();
                assertThat(register.path("caughtUp").asBoolean()).isFalse();
                assertThat(register.path("errorMessage").asString()).contains("report_evidence");
            });
            assertThat(failures("evidence-register")).isGreaterThan(failuresBefore);
            assertThat(projection("evidence-register").path("failedBatches").asLong())
                    .isPositive();
            JsonNode progress = projection("commitment-progress");
            assertThat(progress.path("error").asBoolean())
                    .as(progress.toString())
                    .isFalse();
        } finally {
            jdbc.execute("alter table report_evidence_away rename to report_evidence");
        }

        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(
                                projection("evidence-register").path("caughtUp").asBoolean())
                        .isTrue());
        ProjectionsCaughtUp.await(api);
        JsonNode records = api.as("analyst")
                .get("/api/reports/evidence?area=LONDON_NORTH")
                .json()
                .path("records");
        assertThat(records)
                .extracting(record -> record.path("commitmentId").asString())
                .contains(id);
        assertThat(projection("evidence-register").path("errorMessage").isNull())
                .isTrue();
    }

    @Test
    void eventsDeliveredAgainThroughAProcessorChangeNoFigure() {
        String id = startedCommitment();
        assertThat(api.as(LN)
                        .postAtCurrentVersion(
                                "/api/commitments/" + id + "/due-date",
                                map("dueDate", "2027-06-30", "reason", "Staff shortages.", "on", "2026-08-01"))
                        .status())
                .isEqualTo(200);
        assertThat(api.as(LN)
                        .post(
                                "/api/commitments/" + id + "/evidence",
                                map(
                                        "method",
                                        "IQA",
                                        "effectiveOn",
                                        "2026-09-01",
                                        "sampleSize",
                                        10,
                                        "compliantCount",
                                        7,
                                        "summary",
                                        "IQA."))
                        .status())
                .isEqualTo(200);
        ProjectionsCaughtUp.await(api);
        Map<String, String> before = reports();

        for (String group : ReportingGroups.ALL) {
            EventProcessor processor = processing.eventProcessor(group).orElseThrow();
            processor.shutDown();
            transactions.executeWithoutResult(tx -> {
                tokenStore.fetchToken(group, 0);
                tokenStore.storeToken(GapAwareTrackingToken.newInstance(0, List.of()), group, 0);
                tokenStore.releaseClaim(group, 0);
            });
            processor.start();
        }
        ProjectionsCaughtUp.await(api);

        assertThat(reports()).isEqualTo(before);
    }

    private String startedCommitment() {
        Api.Response created = api.as(LN)
                .post(
                        "/api/commitments",
                        with(commitment("LONDON_NORTH"), "committedOn", "2026-01-10", "dueDate", "2026-12-31"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(api.as(LN)
                        .post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM", "on", "2026-01-12"))
                        .status())
                .isEqualTo(200);
        assertThat(api.as(LN)
                        .post("/api/commitments/" + id + "/start", map("on", "2026-01-15"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    private Map<String, String> reports() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/reports/areas",
                "/api/reports/areas/LONDON_NORTH",
                "/api/reports/themes",
                "/api/reports/owners",
                "/api/reports/evidence",
                "/api/reports/slippage",
                "/api/commitments?size=500")) {
            bodies.put(path, api.as("analyst").get(path).body());
        }
        return bodies;
    }

    private JsonNode projection(String name) {
        for (JsonNode projection :
                api.as("lead.national").get("/api/admin/projections").json().path("projections")) {
            if (projection.path("name").asString().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + name);
    }

    private double failures(String group) {
        Counter counter =
                meters.find("tracker.projection.failures").tag("group", group).counter();
        return counter == null ? 0 : counter.count();
    }
}
