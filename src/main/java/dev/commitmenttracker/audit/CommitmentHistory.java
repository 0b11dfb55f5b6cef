package dev.commitmenttracker.audit;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.config.AxonConfig;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.shared.AggregateHistory;
import dev.commitmenttracker.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** A commitment's whole recorded history, event by event, with who did it, when it was recorded and what it concerns. */
@Service
public class CommitmentHistory {

    /** One recorded event. */
    public record Entry(
            long sequence,
            String type,
            Instant recordedAt,
            LocalDate businessDate,
            String actor,
            String correlationId,
            Object data,
            String hash) {}

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final CurrentUser user;

    CommitmentHistory(EventStore eventStore, JdbcTemplate jdbc, CurrentUser user) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.user = user;
    }

    /** Whether any event is recorded under this commitment id. */
    public boolean exists(String commitmentId) {
        return AggregateHistory.read(eventStore, commitmentId).exists();
    }

    /** Auditors, inspectors and national leads read any history; an Area manager reads its own Areas' commitments'. */
    public List<Entry> of(String commitmentId) {
        AggregateHistory history = AggregateHistory.read(eventStore, commitmentId);
        CommitmentState state = CommitmentState.replay(history.payloads())
                .orElseThrow(() -> RuleViolation.notFound(
                        "commitment.not-found", "No commitment is recorded under id " + commitmentId + "."));
        boolean auditing =
                user.has(TrackerRole.AUDITOR) || user.has(TrackerRole.INSPECTOR) || user.has(TrackerRole.NATIONAL_LEAD);
        if (!auditing) {
            if (!user.has(TrackerRole.AREA_MANAGER)) {
                throw RuleViolation.forbidden(
                        "auth.forbidden",
                        "Only auditors, inspectors, national leads and the Area's managers read a history.");
            }
            user.requireMayRead(state.areas());
        }
        Map<String, String> hashes = new HashMap<>();
        jdbc.query(
                "select event_identifier, hash from event_chain where aggregate_identifier = ?",
                rs -> {
                    hashes.put(rs.getString(1), rs.getString(2));
                },
                commitmentId);
        return history.events().stream()
                .map(event -> entry(event, hashes.get(event.getIdentifier())))
                .toList();
    }

    private static Entry entry(DomainEventMessage<?> event, String hash) {
        Object payload = event.getPayload();
        return new Entry(
                event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(),
                event.getTimestamp(),
                payload instanceof CommitmentEvent fact ? fact.businessDate() : null,
                (String) event.getMetaData().get(AxonConfig.ACTOR),
                (String) event.getMetaData().get("correlationId"),
                payload,
                hash);
    }
}
