package dev.commitmenttracker.reporting;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.plannedMonthly;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.reporting.assurance.MissedChecks;
import dev.commitmenttracker.reporting.processing.ProjectionAdmin;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.MutableClock;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One commitment whose events a projection refuses does not stop that projection for the others: its events are
 * parked in order in the dead-letter queue, shown in the admin status, the metric and the dead-letter endpoint, and
 * once the fault is gone a retry applies them and the projection equals a rebuild from the first event.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=projection-dead-letters")
@DirtiesContext
class ProjectionDeadLettersIT {

    static final String LN = "manager.london-north";
    static final String LEAD = "lead.national";
    static final String MARKER = "[refused by the test fault]";
    static final String PROGRESS = ReportingGroups.COMMITMENT_PROGRESS;
    static final String REGISTER = ReportingGroups.EVIDENCE_REGISTER;

    /**
     * A handler of the commitment-progress group that runs before the projection's own and, while armed, refuses
     * every event of a commitment whose text carries {@link #MARKER}: a stand-in for a projection bug that one
     * commitment's data triggers. Like a handler that fails half-way, it writes a row (in the batch's transaction)
     * before it throws; that row must never be committed.
     */
    @ProcessingGroup(ReportingGroups.COMMITMENT_PROGRESS)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class TestFault {

        final JdbcTemplate jdbc;
        volatile boolean armed = true;
        final Set<String> refused = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(CommitmentRecorded event) {
            if (event.text().contains(MARKER)) {
                refused.add(event.commitmentId());
            }
            refuse(event);
        }

        @EventHandler
        void on(CommitmentEvent event) {
            refuse(event);
        }

        TestFault(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        private void refuse(CommitmentEvent event) {
            if (armed && refused.contains(event.commitmentId())) {
                jdbc.update("insert into test_fault_effect (commitment_id) values (?)", event.commitmentId());
                throw new IllegalStateException("Test fault: commitment " + event.commitmentId() + " is refused");
            }
        }
    }

    /** While armed, the assurance-plan projection refuses every event of a commitment whose text carries its marker. */
    @ProcessingGroup(ReportingGroups.ASSURANCE_PLAN)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class AssuranceFault {

        static final String ASSURANCE_MARKER = "[refused by the assurance fault]";

        volatile boolean armed;
        final Set<String> refused = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(CommitmentRecorded event) {
            if (event.text().contains(ASSURANCE_MARKER)) {
                refused.add(event.commitmentId());
            }
            refuse(event);
        }

        @EventHandler
        void on(CommitmentEvent event) {
            refuse(event);
        }

        private void refuse(CommitmentEvent event) {
            if (armed && refused.contains(event.commitmentId())) {
                throw new IllegalStateException("Test fault: commitment " + event.commitmentId() + " is refused");
            }
        }
    }

    @TestConfiguration
    static class Faults {
        @Bean
        TestFault testFault(JdbcTemplate jdbc) {
            return new TestFault(jdbc);
        }

        @Bean
        AssuranceFault assuranceFault() {
            return new AssuranceFault();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestFault fault;

    @Autowired
    AssuranceFault assuranceFault;

    @Autowired
    MissedChecks missedChecks;

    @Autowired
    MutableClock clock;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        jdbc.execute("create table if not exists test_fault_effect (commitment_id varchar(64))");
        fault.armed = true;
    }

    @AfterEach
    void disarm() {
        fault.armed = false;
        assuranceFault.armed = false;
        clock.setToday(MutableClock.DEFAULT_TODAY);
    }

    @Test
    void missedChecksKeptForTheProjectionsStateAreDerivedAgainWhenARetryAppliesParkedEvents() {
        // given a commitment owing monthly checks since June whose events the assurance-plan projection parks
        LocalDate today = LocalDate.of(2026, 11, 22);
        clock.setToday(today);
        assuranceFault.armed = true;
        Api.Response recorded = api.as(LEAD)
                .post(
                        "/api/commitments",
                        plannedMonthly(
                                "WESSEX",
                                "DIP_SAMPLE",
                                "text",
                                "Legal managers will sample bail files each month " + AssuranceFault.ASSURANCE_MARKER));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        // parked: its record and its plan
        awaitProcessedToHead(ReportingGroups.ASSURANCE_PLAN, 2);
        long before = missedChecks.countByArea(AreaScope.everyArea(), today).getOrDefault(AreaCode.WESSEX, 0L);

        // when the fault is gone and a retry applies the parked events: no new event, so the tokens do not move
        assuranceFault.armed = false;
        JsonNode retried = api.as(LEAD)
                .post("/api/admin/projections/" + ReportingGroups.ASSURANCE_PLAN + "/dead-letters/retry", map())
                .json();
        assertThat(list(retried.path("applied"))).hasSize(2);

        // then the figures count its five missed checks (June to October), not the ones kept from before the retry
        assertThat(missedChecks.countByArea(AreaScope.everyArea(), today).getOrDefault(AreaCode.WESSEX, 0L))
                .isEqualTo(before + 5);
        assertThat(missedChecks.inArea(AreaCode.WESSEX, today))
                .filteredOn(check -> check.commitmentId().equals(recorded.text("id")))
                .hasSize(5);
    }

    @Test
    void aRefusedCommitmentIsParkedInOrderWhileOthersCarryOnAndARetryAfterTheFixEqualsARebuild() {
        String healthy = recorded("Legal managers will check disclosure schedules monthly.");
        String poisoned = recorded("Unit heads will review charging advice quarterly " + MARKER + ".");
        act(poisoned, "/assignment", map("ownerRole", "ABM", "on", "2026-01-12"));
        act(healthy, "/assignment", map("ownerRole", "ABM", "on", "2026-01-12"));
        act(poisoned, "/start", map("on", "2026-01-15"));
        act(healthy, "/start", map("on", "2026-01-15"));
        act(
                poisoned,
                "/evidence",
                map(
                        "method",
                        "DIP_SAMPLE",
                        "effectiveOn",
                        "2026-02-01",
                        "sampleSize",
                        10,
                        "compliantCount",
                        9,
                        "summary",
                        "Dip sample."));

        JsonNode progress = awaitProcessedToHead(4);
        assertThat(progress.path("error").asBoolean()).as(progress.toString()).isFalse();
        assertThat(progress.path("caughtUp").asBoolean())
                .as("parked events are not applied: not caught up")
                .isFalse();
        assertThat(progress.path("parkedSequences").asLong()).isEqualTo(1);
        for (JsonNode other : api.as(LEAD).get("/api/admin/projections").json().path("projections")) {
            if (!other.path("name").asString().equals(PROGRESS)) {
                assertThat(other.path("deadLetters").asLong())
                        .as(other.toString())
                        .isZero();
            }
        }
        assertThat(deadLettersGauge()).isEqualTo(4.0);
        assertThat(faultEffects())
                .as("what the refusing handler wrote is rolled back with its first batch")
                .isZero();

        Map<String, String> healthyRow = listedRow(healthy);
        assertThat(healthyRow).as("the other commitment carries on").containsEntry("status", "IN_PROGRESS");
        assertThat(listedRow(poisoned))
                .as("the refused commitment is not applied at all")
                .isEmpty();
        JsonNode register = api.as("analyst")
                .get("/api/reports/evidence?area=LONDON_NORTH")
                .json()
                .path("records");
        assertThat(register)
                .extracting(record -> record.path("commitmentId").asString())
                .as("the other projections take the refused commitment's events")
                .contains(poisoned);

        JsonNode parked = api.as(LEAD)
                .get("/api/admin/projections/" + PROGRESS + "/dead-letters")
                .json();
        assertThat(parked.path("deadLetters").asLong()).isEqualTo(4);
        List<JsonNode> letters = list(parked.path("listed"));
        assertThat(letters)
                .extracting(letter -> letter.path("aggregateId").asString())
                .containsOnly(poisoned);
        assertThat(letters)
                .extracting(letter -> letter.path("sequenceNumber").asLong())
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(letters)
                .extracting(letter -> letter.path("eventType").asString())
                .containsExactly("CommitmentRecorded", "CommitmentAssigned", "WorkStarted", "EvidenceRecorded");
        assertThat(letters.get(0).path("causeType").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letters.get(0).path("causeMessage").asString()).contains("Test fault");
        assertThat(letters.get(0).path("attempts").asLong()).isEqualTo(1);
        assertThat(letters.get(0).path("parkedAt").isNull()).isFalse();
        assertThat(letters.subList(1, 4))
                .as("parked behind the first, never tried")
                .allSatisfy(
                        letter -> assertThat(letter.path("attempts").asLong()).isZero());

        act(poisoned, "/due-date", map("dueDate", "2027-06-30", "reason", "Staff shortages."));
        act(healthy, "/due-date", map("dueDate", "2027-03-31", "reason", "Court backlog."));
        awaitProcessedToHead(5);
        assertThat(listedRow(healthy)).containsEntry("dueDate", "2027-03-31");

        JsonNode stillFailing = api.as(LEAD)
                .post("/api/admin/projections/" + PROGRESS + "/dead-letters/retry", map())
                .json();
        assertThat(list(stillFailing.path("applied"))).isEmpty();
        assertThat(stillFailing.path("stillParked").path("deadLetters").asLong())
                .isEqualTo(5);
        assertThat(stillFailing
                        .path("stillParked")
                        .path("listed")
                        .get(0)
                        .path("attempts")
                        .asLong())
                .isEqualTo(2);
        assertThat(listedRow(poisoned)).isEmpty();
        assertThat(faultEffects())
                .as("what the refusing handler wrote in the retry is rolled back")
                .isZero();

        fault.armed = false;
        JsonNode retried = api.as(LEAD)
                .post("/api/admin/projections/" + PROGRESS + "/dead-letters/retry", map())
                .json();
        assertThat(list(retried.path("applied")))
                .extracting(letter -> letter.path("sequenceNumber").asLong())
                .containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(retried.path("stillParked").path("deadLetters").asLong()).isZero();
        ProjectionsCaughtUp.await(api);
        assertThat(deadLettersGauge()).isZero();
        assertThat(listedRow(poisoned))
                .containsEntry("ownerRole", "ABM")
                .containsEntry("dueDate", "2027-06-30")
                .containsEntry("dueDateRevisions", "1");
        Map<String, String> retriedReports = reports();

        assertThat(api.as(LEAD)
                        .post("/api/admin/projections/" + PROGRESS + "/rebuild", map())
                        .status())
                .isEqualTo(202);
        ProjectionsCaughtUp.await(api);
        assertThat(reports()).as("retried = rebuilt from the first event").isEqualTo(retriedReports);
    }

    /**
     * A row the database refuses fails its batch at commit, outside any handler: the retried batch writes each event's
     * rows at once, finds the event, and parks it; the fault here is a check constraint only that commitment breaks.
     */
    @Test
    void anEventWhoseRowTheDatabaseRefusesIsParkedWhileOthersCarryOn() {
        fault.armed = false;
        String healthy = recorded("Witness care officers will call every victim within a day.");
        String refused = recorded("Paralegals will check bail files weekly.");
        for (String id : List.of(healthy, refused)) {
            act(id, "/assignment", map("ownerRole", "ABM", "on", "2026-01-12"));
            act(id, "/start", map("on", "2026-01-15"));
        }
        ProjectionsCaughtUp.await(api);
        jdbc.execute(
                "alter table report_evidence add constraint test_refused_reference check (reference is null or reference <> 'REFUSED')");
        try {
            act(refused, "/evidence", evidence("2026-02-01", "REFUSED"));
            act(healthy, "/evidence", evidence("2026-02-02", "REF-1"));
            act(refused, "/evidence", evidence("2026-02-03", "REF-2"));

            JsonNode register = awaitProcessedToHead(REGISTER, 2);
            assertThat(register.path("error").asBoolean())
                    .as(register.toString())
                    .isFalse();
            assertThat(evidenceOf(healthy)).containsExactly("REF-1");
            assertThat(evidenceOf(refused)).isEmpty();
            List<JsonNode> letters = list(api.as(LEAD)
                    .get("/api/admin/projections/" + REGISTER + "/dead-letters")
                    .json()
                    .path("listed"));
            assertThat(letters)
                    .extracting(letter -> letter.path("aggregateId").asString())
                    .containsOnly(refused);
            assertThat(letters)
                    .extracting(letter -> letter.path("sequenceNumber").asLong())
                    .containsExactly(3L, 4L);
            assertThat(letters.get(0).path("causeMessage").asString()).contains("test_refused_reference");
        } finally {
            jdbc.execute("alter table report_evidence drop constraint test_refused_reference");
        }

        JsonNode retried = api.as(LEAD)
                .post("/api/admin/projections/" + REGISTER + "/dead-letters/retry", map())
                .json();
        assertThat(list(retried.path("applied"))).hasSize(2);
        ProjectionsCaughtUp.await(api);
        assertThat(evidenceOf(refused)).containsExactly("REFUSED", "REF-2");
    }

    @Test
    void everyProjectionHasADeadLetterQueueOnlyForNationalLeads() {
        for (JsonNode projection :
                api.as(LEAD).get("/api/admin/projections").json().path("projections")) {
            String name = projection.path("name").asString();
            assertThat(projection.has("deadLetters")).as(projection.toString()).isTrue();
            Api.Response letters = api.as(LEAD).get("/api/admin/projections/" + name + "/dead-letters");
            assertThat(letters.status()).as(letters.toString()).isEqualTo(200);
            assertThat(letters.json().path("projection").asString()).isEqualTo(name);
        }
        assertThat(api.as(LN)
                        .get("/api/admin/projections/" + PROGRESS + "/dead-letters")
                        .status())
                .isEqualTo(403);
        assertThat(api.as(LN)
                        .post("/api/admin/projections/" + PROGRESS + "/dead-letters/retry", map())
                        .status())
                .isEqualTo(403);
        Api.Response unknown = api.as(LEAD).get("/api/admin/projections/no-such-projection/dead-letters");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("projection.not-found");
        assertThat(jdbc.queryForList(
                        "select udt_name from information_schema.columns where table_name = 'dead_letter_entry' "
                                + "and column_name in ('payload', 'meta_data', 'token', 'diagnostics')",
                        String.class))
                .hasSize(4)
                .containsOnly("bytea");
    }

    private String recorded(String text) {
        Api.Response created = api.as(LN)
                .post(
                        "/api/commitments",
                        with(
                                commitment("LONDON_NORTH"),
                                "committedOn",
                                "2026-01-10",
                                "dueDate",
                                "2026-12-31",
                                "text",
                                text));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private void act(String id, String path, Map<String, Object> body) {
        Api.Response response = api.as(LN).postAtCurrentVersion("/api/commitments/" + id + path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private JsonNode awaitProcessedToHead(long parked) {
        return awaitProcessedToHead(PROGRESS, parked);
    }

    /** Waits until the projection has read the store to its head and holds {@code parked} letters. */
    private JsonNode awaitProcessedToHead(String name, long parked) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    JsonNode status = api.as(LEAD).get("/api/admin/projections").json();
                    JsonNode projection = projection(status, name);
                    assertThat(projection.path("position").asLong())
                            .as(projection.toString())
                            .isEqualTo(status.path("head").asLong());
                    assertThat(projection.path("deadLetters").asLong())
                            .as(projection.toString())
                            .isEqualTo(parked);
                });
        return projection(api.as(LEAD).get("/api/admin/projections").json(), name);
    }

    private static JsonNode projection(JsonNode status, String name) {
        for (JsonNode projection : status.path("projections")) {
            if (projection.path("name").asString().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + name + " in " + status);
    }

    private static Map<String, Object> evidence(String effectiveOn, String reference) {
        return map(
                "method",
                "DIP_SAMPLE",
                "effectiveOn",
                effectiveOn,
                "sampleSize",
                10,
                "compliantCount",
                9,
                "summary",
                "Dip sample.",
                "reference",
                reference);
    }

    /** The references of a commitment's records in the evidence register, by effective date. */
    private List<String> evidenceOf(String id) {
        return jdbc.queryForList(
                "select reference from report_evidence where commitment_id = ? order by effective_on",
                String.class,
                id);
    }

    /** The commitment's row in the commitment list (read from commitment-progress); empty when it has none. */
    private Map<String, String> listedRow(String id) {
        Map<String, String> row = new LinkedHashMap<>();
        for (JsonNode item :
                api.as("analyst").get("/api/commitments?size=500").json().path("items")) {
            if (item.path("id").asString().equals(id)) {
                item.properties()
                        .forEach(field -> row.put(
                                field.getKey(),
                                field.getValue().isValueNode()
                                        ? field.getValue().asString()
                                        : field.getValue().toString()));
            }
        }
        return row;
    }

    private Map<String, String> reports() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/reports/areas",
                "/api/reports/areas/LONDON_NORTH",
                "/api/reports/themes",
                "/api/reports/owners",
                "/api/commitments?size=500")) {
            bodies.put(path, api.as("analyst").get(path).body());
        }
        return bodies;
    }

    private long faultEffects() {
        return jdbc.queryForObject("select count(*) from test_fault_effect", Long.class);
    }

    private double deadLettersGauge() {
        Gauge gauge = meters.find(ProjectionAdmin.DEAD_LETTERS_METRIC)
                .tag("projection", PROGRESS)
                .gauge();
        assertThat(gauge).as("gauge " + ProjectionAdmin.DEAD_LETTERS_METRIC).isNotNull();
        return gauge.value();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
