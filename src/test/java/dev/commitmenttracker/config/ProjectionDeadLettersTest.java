package dev.commitmenttracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The enqueue policy of the projections: the first refusal of an event rolls its batch back; the refusal in the
 * retried batch parks it, with the first cause cut to its column and the attempt counted.
 */
class ProjectionDeadLettersTest {

    static final String GROUP = "a-projection";

    @Test
    void aFirstRefusalRollsTheBatchBackThenTheRetriedRefusalParksTheEventWithTheFirstCause() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("an event");
        IllegalStateException cause = new IllegalStateException("refused");

        assertThatThrownBy(() -> ProjectionDeadLetters.decide(
                        GROUP, new GenericDeadLetter<>("commitment-1", event, cause), cause))
                .isInstanceOf(ProjectionDeadLetters.EventRefused.class)
                .hasCause(cause);
        RuntimeException again = new RuntimeException("refused up front");
        EnqueueDecision<EventMessage<?>> decision =
                ProjectionDeadLetters.decide(GROUP, new GenericDeadLetter<>("commitment-1", event, again), again);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).get().isInstanceOfSatisfying(ThrowableCause.class, parked -> {
            assertThat(parked.type()).isEqualTo(IllegalStateException.class.getName());
            assertThat(parked.message()).isEqualTo("refused");
        });
        assertThat(ProjectionDeadLetters.attempts(
                        decision.withDiagnostics(new GenericDeadLetter<>("commitment-1", event))))
                .isEqualTo(1);
    }

    @Test
    void aRefusalInAnotherProjectionIsItsOwn() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("an event");
        IllegalStateException cause = new IllegalStateException("refused");
        assertThatThrownBy(() -> ProjectionDeadLetters.decide(
                        GROUP, new GenericDeadLetter<>("commitment-1", event, cause), cause))
                .isInstanceOf(ProjectionDeadLetters.EventRefused.class);

        assertThatThrownBy(() -> ProjectionDeadLetters.decide(
                        "another-projection", new GenericDeadLetter<>("commitment-1", event, cause), cause))
                .isInstanceOf(ProjectionDeadLetters.EventRefused.class);
    }

    @Test
    void aRetriedLetterThatFailsAgainCountsOneMoreAttempt() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("an event");
        ProjectionDeadLetters.refuseUpFront(
                GROUP, event.getIdentifier(), IllegalStateException.class.getName(), "again");
        DeadLetter<? extends EventMessage<?>> letter = new GenericDeadLetter<EventMessage<?>>("commitment-1", event)
                .withDiagnostics(MetaData.with(ProjectionDeadLetters.ATTEMPTS, 2));

        EnqueueDecision<EventMessage<?>> decision =
                ProjectionDeadLetters.decide(GROUP, letter, new RuntimeException("up front"));

        assertThat(ProjectionDeadLetters.attempts(decision.withDiagnostics(letter)))
                .isEqualTo(3);
    }

    @Test
    void onlyDataTheDatabaseRefusesIsTheEventsFaultNotTheDatabaseBeingUnreachableOrItsSchemaWrong() {
        assertThat(ProjectionDeadLetters.isDatabaseFault(
                        new RuntimeException(new SQLException("value too long", "22001"))))
                .isFalse();
        assertThat(ProjectionDeadLetters.isDatabaseFault(
                        new RuntimeException(new SQLException("check violated", "23514"))))
                .isFalse();
        assertThat(ProjectionDeadLetters.isDatabaseFault(new IllegalStateException("no row")))
                .isFalse();
        assertThat(ProjectionDeadLetters.isDatabaseFault(
                        new RuntimeException(new SQLException("connection refused", "08001"))))
                .isTrue();
        assertThat(ProjectionDeadLetters.isDatabaseFault(
                        new RuntimeException(new SQLException("no such table", "42P01"))))
                .isTrue();
        assertThat(ProjectionDeadLetters.isDatabaseFault(new CannotCreateTransactionException("pool exhausted")))
                .isTrue();
    }

    @Test
    void aFaultOfTheDatabasesIsNeverParked() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("an event");
        RuntimeException down = new RuntimeException(new SQLException("connection refused", "08001"));

        assertThatThrownBy(() ->
                        ProjectionDeadLetters.decide(GROUP, new GenericDeadLetter<>("commitment-1", event, down), down))
                .isInstanceOf(ProjectionDeadLetters.DatabaseFault.class);
        assertThatThrownBy(() ->
                        ProjectionDeadLetters.decide(GROUP, new GenericDeadLetter<>("commitment-1", event, down), down))
                .as("not remembered as refused either")
                .isInstanceOf(ProjectionDeadLetters.DatabaseFault.class);
    }

    @Test
    void theCauseIsCutToWhatItsColumnHolds() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("an event");
        IllegalStateException cause = new IllegalStateException("x".repeat(5000));
        assertThatThrownBy(() -> ProjectionDeadLetters.decide(
                        GROUP, new GenericDeadLetter<>("commitment-1", event, cause), cause))
                .isInstanceOf(ProjectionDeadLetters.EventRefused.class);

        EnqueueDecision<EventMessage<?>> decision =
                ProjectionDeadLetters.decide(GROUP, new GenericDeadLetter<>("commitment-1", event), cause);

        assertThat(decision.enqueueCause())
                .get()
                .extracting(Throwable::getMessage)
                .asString()
                .hasSize(1023);
    }
}
