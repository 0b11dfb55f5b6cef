package dev.commitmenttracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.support.DatabaseCalls;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hash chain as events are appended: the previous hash of an aggregate's next link comes from the last link this
 * node saw committed, or from {@code event_chain} when it has not seen it (after a rollback, after a restart, or when
 * another node appended in between); either way the chain verifies.
 */
@PostgresIntegrationTest
@Import(DatabaseCalls.Counting.class)
class ChainAppendIT {

    /** A payload no projection handles. */
    record Marked(String text) {}

    @Autowired
    EventStorageEngine engine;

    @Autowired
    TransactionManager transactions;

    @Autowired
    EntityManagerProvider entityManagers;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNextLinkOfAnAggregateThisNodeAppendedToReadsNoPreviousHash() {
        String id = UUID.randomUUID().toString();
        append(engine, id, 0, 1, 2);

        DatabaseCalls.Count<Void> count = DatabaseCalls.during(() -> append(engine, id, 3));

        assertThat(count.touching("event_chain", "select")).as(count.toString()).isZero();
        assertThat(count.touching("event_chain", "insert")).as(count.toString()).isEqualTo(1);
        assertThat(previousHashOf(id, 3)).isEqualTo(hashOf(id, 2));
        assertThat(verifier.verifyAggregate(id).verified()).isTrue();
    }

    @Test
    void anAggregateAppendedToOnAnotherNodeInBetweenIsLinkedToTheStoredHash() {
        String id = UUID.randomUUID().toString();
        append(engine, id, 0, 1);
        append(otherNode(), id, 2);

        DatabaseCalls.Count<Void> count = DatabaseCalls.during(() -> append(engine, id, 3));

        assertThat(count.touching("event_chain", "select")).as(count.toString()).isEqualTo(1);
        assertThat(previousHashOf(id, 3)).isEqualTo(hashOf(id, 2));
        assertThat(verifier.verifyAggregate(id).verified()).isTrue();
    }

    @Test
    void aLinkWhoseTransactionRolledBackIsNotChainedTo() {
        String id = UUID.randomUUID().toString();
        append(engine, id, 0, 1);
        assertThatThrownBy(() -> transactions.executeInTransaction(() -> {
                    engine.appendEvents(List.of(event(id, 2, "rolled back")));
                    throw new IllegalStateException("the command failed after its append");
                }))
                .isInstanceOf(IllegalStateException.class);
        append(otherNode(), id, 2);

        append(engine, id, 3);

        assertThat(previousHashOf(id, 3)).isEqualTo(hashOf(id, 2));
        assertThat(verifier.verifyAggregate(id).verified()).isTrue();
    }

    @Test
    void afterForgettingTheLinksThePreviousHashIsReadFromTheTable() {
        String id = UUID.randomUUID().toString();
        append(engine, id, 0, 1);
        ((ChainingEventStorageEngine) engine).forgetLinks();

        DatabaseCalls.Count<Void> count = DatabaseCalls.during(() -> append(engine, id, 2));

        assertThat(count.touching("event_chain", "select")).as(count.toString()).isEqualTo(1);
        assertThat(previousHashOf(id, 2)).isEqualTo(hashOf(id, 1));
        assertThat(verifier.verifyAggregate(id).verified()).isTrue();
    }

    private Void append(EventStorageEngine target, String id, long... sequenceNumbers) {
        List<GenericDomainEventMessage<Marked>> events = java.util.Arrays.stream(sequenceNumbers)
                .mapToObj(sequence -> event(id, sequence, "event " + sequence))
                .toList();
        transactions.executeInTransaction(() -> target.appendEvents(events));
        return null;
    }

    private static GenericDomainEventMessage<Marked> event(String id, long sequence, String text) {
        return new GenericDomainEventMessage<>("ChainTest", id, sequence, new Marked(text));
    }

    /** A second engine on the same database, as another node has: it shares nothing remembered with this one. */
    private ChainingEventStorageEngine otherNode() {
        return new ChainingEventStorageEngine(
                JpaEventStorageEngine.builder()
                        .snapshotSerializer(serializer)
                        .eventSerializer(serializer)
                        .entityManagerProvider(entityManagers)
                        .transactionManager(transactions),
                transactions);
    }

    private String hashOf(String id, long sequence) {
        return jdbc.queryForObject(
                "select hash from event_chain where aggregate_identifier = ? and sequence_number = ?",
                String.class,
                id,
                sequence);
    }

    private String previousHashOf(String id, long sequence) {
        return jdbc.queryForObject(
                "select previous_hash from event_chain where aggregate_identifier = ? and sequence_number = ?",
                String.class,
                id,
                sequence);
    }
}
