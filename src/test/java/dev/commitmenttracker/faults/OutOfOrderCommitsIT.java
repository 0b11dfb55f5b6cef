package dev.commitmenttracker.faults;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import dev.commitmenttracker.support.ProjectionsRecomputed;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Transactions that commit out of order, and holes that never fill. One command's append is held open after it has
 * taken its global index: the test holds an uncommitted row on the hash chain's unique key (aggregate, sequence) that
 * the command's chain link needs, so the command's transaction waits inside its own commit path, exactly where a slow
 * transaction would. Meanwhile other commands commit with higher indexes, one command is rolled back by the database
 * after taking its index (a trigger refuses its chain link), and a transaction takes an index and rolls back. Then the
 * held command is let go and commits below events the projections have already processed. Every projection must
 * process every committed event exactly once: the late one included, the holes skipped.
 */
@PostgresIntegrationTest
// the held command waits for its chain link while the test works: longer than a command may wait in production
@TestPropertySource(properties = "tracker.database.command-timeout=180s")
class OutOfOrderCommitsIT {

    static final String MANAGER = "manager.london-north";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void aTransactionCommittingBelowEventsAlreadyProcessedIsProcessedOnceAndHolesAreSkipped() throws Exception {
        Api api = new Api(port);
        String late = startedCommitment(api);
        String refused = startedCommitment(api);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            others.add(startedCommitment(api));
        }
        ProjectionsCaughtUp.await(api);
        long indexBefore = head();

        // set up before the test holds a row of event_chain: creating a trigger waits for every writer of the table
        jdbc.execute("create function refuse_chain_link() returns trigger language plpgsql as $$ begin "
                + "raise exception 'refused by the test'; end $$");
        jdbc.execute("create trigger refuse_chain_link before insert on event_chain for each row "
                + "when (new.aggregate_identifier = '" + refused + "') execute function refuse_chain_link()");
        CompletableFuture<Api.Response> held;
        try (Connection blocker = connection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement hold = blocker.prepareStatement(
                    "insert into event_chain (event_identifier, aggregate_identifier, sequence_number, previous_hash, hash)"
                            + " values ('held-by-the-test', ?, 3, 'x', 'x')")) {
                hold.setString(1, late);
                hold.executeUpdate();
            }
            held = CompletableFuture.supplyAsync(
                    () -> api.as(MANAGER).post("/api/commitments/" + late + "/evidence", evidence("LATE")),
                    task -> Thread.ofVirtual().start(task));
            long heldIndex = awaitHeldAppend(late);

            Api.Response rolledBack =
                    api.as(MANAGER).post("/api/commitments/" + refused + "/evidence", evidence("ROLLED-BACK"));
            assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(503);
            try (Connection abandoned = connection();
                    Statement statement = abandoned.createStatement()) {
                abandoned.setAutoCommit(false);
                statement.execute("select nextval('domain_event_entry_global_index_seq')");
                abandoned.rollback();
            }
            for (String other : others) {
                Api.Response recorded =
                        api.as(MANAGER).post("/api/commitments/" + other + "/evidence", evidence("AFTER-" + other));
                assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
            }
            ProjectionsCaughtUp.await(api);
            assertThat(head()).as("events committed above the held one").isGreaterThan(heldIndex + 2);
            assertThat(evidenceReferences(late))
                    .as("the held event is not committed yet")
                    .isEmpty();
            assertThat(held).isNotDone();

            blocker.rollback();
        }
        Api.Response lateAnswer = held.get();
        jdbc.execute("drop trigger refuse_chain_link on event_chain");
        jdbc.execute("drop function refuse_chain_link()");
        assertThat(lateAnswer.status()).as(lateAnswer.toString()).isEqualTo(200);
        long lateIndex = jdbc.queryForObject(
                "select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = 3",
                Long.class,
                late);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where global_index > ?", Long.class, lateIndex))
                .as("events processed before the late one committed, above it")
                .isEqualTo(others.size());
        List<Long> indexes = jdbc.queryForList(
                "select global_index from domain_event_entry where global_index > ? order by global_index",
                Long.class,
                indexBefore);
        assertThat(indexes.getLast() - indexes.getFirst() + 1)
                .as("holes left by the rolled-back transactions")
                .isGreaterThan(indexes.size());

        ProjectionsCaughtUp.await(api);
        assertThat(evidenceReferences(late)).containsExactly("LATE");
        assertThat(evidenceReferences(refused)).isEmpty();
        for (String other : others) {
            assertThat(evidenceReferences(other)).containsExactly("AFTER-" + other);
        }
        ProjectionsRecomputed.assertEqualToRebuild(api);
        System.out.printf(
                "FAULTS gaps: late event at global index %d committed after %d higher ones; indexes %s%n",
                lateIndex, others.size(), indexes);
    }

    /** Waits until the held command has appended its event (the row is there, uncommitted) and returns its index. */
    private long awaitHeldAppend(String aggregate) {
        Long[] index = new Long[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    // the held transaction waits for the chain's unique key; its event row holds the index it took
                    Long waiting = jdbc.queryForObject(
                            "select count(*) from pg_stat_activity where datname = current_database()"
                                    + " and wait_event_type = 'Lock'",
                            Long.class);
                    if (waiting == null || waiting == 0) {
                        return false;
                    }
                    index[0] = jdbc.queryForObject(
                            "select last_value from domain_event_entry_global_index_seq", Long.class);
                    return true;
                });
        return index[0];
    }

    private long head() {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private List<String> evidenceReferences(String commitmentId) {
        return jdbc.queryForList(
                "select reference from report_evidence where commitment_id = ? order by reference",
                String.class,
                commitmentId);
    }

    private Connection connection() throws java.sql.SQLException {
        return DriverManager.getConnection(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
    }

    private static String startedCommitment(Api api) {
        Api.Response created = api.as(MANAGER)
                .post(
                        "/api/commitments",
                        with(commitment("LONDON_NORTH"), "committedOn", "2026-01-10", "dueDate", "2026-12-31"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(api.as(MANAGER)
                        .post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM", "on", "2026-01-12"))
                        .status())
                .isEqualTo(200);
        assertThat(api.as(MANAGER)
                        .post("/api/commitments/" + id + "/start", map("on", "2026-01-15"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    private static java.util.Map<String, Object> evidence(String reference) {
        return ConcurrentWritersIT.evidence(reference);
    }
}
