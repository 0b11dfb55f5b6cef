package dev.commitmenttracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.commitmenttracker.audit.ChainVerifier;
import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.NoteProgress;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.commitment.api.StartWork;
import dev.commitmenttracker.commitment.api.VersionedCommitment;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.support.DatabaseCalls;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.web.VersionMismatch;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What one command asks of PostgreSQL, counted on the calling thread (see {@link DatabaseCalls}): one transaction, the
 * commitment's stream read once (by Axon's repository), and for a long commitment a snapshot instead of its whole
 * history.
 */
@PostgresIntegrationTest
@Import(DatabaseCalls.Counting.class)
class CommandPathIT {

    static final LocalDate COMMITTED = LocalDate.of(2022, 5, 10);
    static final LocalDate NOTED = LocalDate.of(2022, 7, 1);

    @Autowired
    CommitmentService commitments;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommitmentRepository repository;

    @Autowired
    EventStore eventStore;

    @BeforeEach
    void signIn() {
        signInAs("lead.national", "ROLE_NATIONAL_LEAD");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aProgressNoteIsOneTransactionThatReadsTheStreamOnce() {
        String id = startedCommitment();

        DatabaseCalls.Count<VersionedCommitment> count =
                DatabaseCalls.during(() -> commitments.act(id, 2L, note(id, "A sample was taken.")));

        System.out.println("COMMAND PATH progress note: " + count);
        assertThat(count.result().version()).isEqualTo(3);
        assertThat(count.result().state().progressNotes()).hasSize(1);
        assertThat(count.touching("domain_event_entry", "select"))
                .as(count.toString())
                .isEqualTo(1);
        assertThat(count.transactions()).as(count.toString()).isEqualTo(1);
        assertThat(count.touching("domain_event_entry", "insert"))
                .as(count.toString())
                .isEqualTo(1);
        // the chain's previous hash is the link this node committed for version 2 (ADR 0023)
        assertThat(count.touching("event_chain", "select")).as(count.toString()).isZero();
    }

    @Test
    void aStaleVersionIsRefusedOnceWithTheVersionsNamedAndNothingRecorded() {
        String id = startedCommitment();

        DatabaseCalls.Count<RuntimeException> count =
                DatabaseCalls.during(() -> refusal(() -> commitments.act(id, 1L, note(id, "Too late."))));

        assertThat(count.result())
                .isInstanceOf(VersionMismatch.class)
                .hasMessage("If-Match asked for version 1 but the current version is 2: read it again and retry.");
        assertThat(count.touching("domain_event_entry", "select"))
                .as(count.toString())
                .isEqualTo(1);
        assertThat(count.touching("domain_event_entry", "insert")).isZero();
        assertThat(commitments.find(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anotherAreasManagerIsRefusedBeforeTheVersionIsCompared() {
        String id = startedCommitment();
        signInAs("manager.wessex", "ROLE_AREA_MANAGER", "AREA_WESSEX");

        assertThatThrownBy(() -> commitments.act(id, 1L, note(id, "Not mine.")))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("auth.area-forbidden"));
        assertThat(commitments.find(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anUnknownCommitmentIsNotFound() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> commitments.act(id, null, note(id, "Nobody here.")))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("commitment.not-found"));
    }

    @Test
    void aLongCommitmentAnswersFromItsSnapshotAsTheWholeHistoryWould() {
        String id = startedCommitment();
        for (int n = 0; n < 1000; n++) {
            commitments.act(id, null, note(id, "Monthly note number " + n + "."));
        }
        repository.forgetAll();

        DatabaseCalls.Count<VersionedCommitment> cold =
                DatabaseCalls.during(() -> commitments.act(id, 1002L, note(id, "Read whole.")));
        await().atMost(Duration.ofMinutes(2)).until(() -> snapshotAt(id) != null);
        repository.forgetAll();
        DatabaseCalls.Count<VersionedCommitment> fromSnapshot =
                DatabaseCalls.during(() -> commitments.act(id, 1003L, note(id, "From the snapshot.")));
        DatabaseCalls.Count<VersionedCommitment> remembered =
                DatabaseCalls.during(() -> commitments.act(id, 1004L, note(id, "Remembered.")));

        System.out.println("COMMAND PATH progress note on 1,003 events, neither remembered nor snapshotted: " + cold);
        System.out.println("COMMAND PATH progress note on 1,004 events from the snapshot at " + snapshotAt(id) + ": "
                + fromSnapshot);
        System.out.println("COMMAND PATH progress note on 1,005 events remembered: " + remembered);
        // the whole stream takes eleven reads of Axon's batch of 100 events; from the snapshot or from memory, one
        assertThat(cold.touching("domain_event_entry", "select"))
                .as(cold.toString())
                .isEqualTo(11);
        assertThat(snapshotAt(id)).isEqualTo(1003);
        assertThat(fromSnapshot.touching("snapshot_event_entry", "select"))
                .as(fromSnapshot.toString())
                .isEqualTo(1);
        assertThat(fromSnapshot.touching("domain_event_entry", "select"))
                .as(fromSnapshot.toString())
                .isEqualTo(1);
        assertThat(remembered.touching("snapshot_event_entry", "select"))
                .as(remembered.toString())
                .isZero();
        assertThat(remembered.touching("domain_event_entry", "select"))
                .as(remembered.toString())
                .isEqualTo(1);
        for (DatabaseCalls.Count<VersionedCommitment> count : List.of(cold, fromSnapshot, remembered)) {
            assertThat(count.transactions()).isEqualTo(1);
            assertThat(count.result())
                    .isEqualTo(wholeHistoryUpTo(id, count.result().version()));
        }
        assertThat(remembered.result()).isEqualTo(commitments.find(id).orElseThrow());
        assertThat(remembered.result().version()).isEqualTo(1005);
        assertThat(remembered.result().state().progressNotes()).hasSize(1003);
        assertThat(verifier.verifyAggregate(id).verified()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_chain where aggregate_identifier = ?", Long.class, id))
                .isEqualTo(1006);
    }

    @Test
    void anotherNodesAppendIsFoldedOntoTheRememberedState() {
        String id = startedCommitment();
        commitments.act(id, null, note(id, "Remembered here."));
        appendAsAnotherNodeWould(id);

        VersionedCommitment after = commitments.act(id, 4L, note(id, "After the other node's note."));

        assertThat(after).isEqualTo(commitments.find(id).orElseThrow());
        assertThat(after.state().progressNotes())
                .extracting(CommitmentState.ProgressNote::note)
                .containsExactly("Remembered here.", "Written elsewhere.", "After the other node's note.");
    }

    /** An event appended straight to the store, as another node's command would be: this node's repository never saw it. */
    private void appendAsAnotherNodeWould(String id) {
        eventStore.publish(new GenericDomainEventMessage<>(
                "Commitment",
                id,
                4,
                new ProgressNoted(id, "Written elsewhere.", NOTED),
                MetaData.with("actor", "lead.national")));
    }

    /** The commitment folded from its first event to this version, as if no snapshot or memory existed. */
    private VersionedCommitment wholeHistoryUpTo(String id, long version) {
        List<Object> payloads = eventStore
                .readEvents(id, 0)
                .asStream()
                .filter(event -> event.getSequenceNumber() <= version)
                .<Object>map(DomainEventMessage::getPayload)
                .toList();
        return new VersionedCommitment(CommitmentState.replay(payloads).orElseThrow(), version);
    }

    private Long snapshotAt(String id) {
        return jdbc.query(
                "select max(sequence_number) from snapshot_event_entry where aggregate_identifier = ?",
                rs -> rs.next() ? (Long) rs.getObject(1) : null,
                id);
    }

    private String startedCommitment() {
        return started(commitments);
    }

    /** A commitment recorded, assigned and started, as the benchmark's commands find it too. */
    static String started(CommitmentService commitments) {
        String id = commitments.record(new RecordCommitment(
                UUID.randomUUID().toString(),
                AreaCode.LONDON_NORTH,
                List.of(),
                null,
                null,
                Theme.DISCLOSURE,
                "Sample disclosure schedules monthly.",
                COMMITTED,
                LocalDate.of(2023, 3, 31),
                null));
        commitments.act(
                id,
                null,
                version ->
                        new AssignCommitment(id, OwnerRole.LEGAL_MANAGER, "A. Khan", COMMITTED.plusDays(2), version));
        commitments.act(id, null, version -> new StartWork(id, COMMITTED.plusDays(20), version));
        return id;
    }

    private static java.util.function.Function<Long, Object> note(String id, String text) {
        return version -> new NoteProgress(id, text, NOTED, version);
    }

    private static RuntimeException refusal(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    private static void signInAs(String login, String... authorities) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        login, null, AuthorityUtils.createAuthorityList(authorities)));
    }
}
