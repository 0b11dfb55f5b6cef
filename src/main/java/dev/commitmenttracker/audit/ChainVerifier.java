package dev.commitmenttracker.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every event's hash from the stored row, in the store's global order, and checks it against the chain:
 * content changed, events missing, reordered or inserted outside the application, chain records whose event is gone.
 * Streams the table with a cursor, so memory holds one row and the last hash of each aggregate.
 */
@Service
public class ChainVerifier {

    private static final String EVENTS =
            "select e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, "
                    + "e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data, c.previous_hash, c.hash "
                    + "from domain_event_entry e left join event_chain c on c.event_identifier = e.event_identifier ";
    private static final String ORPHANS =
            "select c.event_identifier, c.aggregate_identifier, c.sequence_number from event_chain c "
                    + "where not exists (select 1 from domain_event_entry e where e.event_identifier = c.event_identifier) ";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    ChainVerifier(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(2_000);
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Checks the whole store; with an expected digest (kept outside the database), also checks the store up to its position. */
    public Verification verifyStore(Long expectedPosition, String expectedDigest) {
        long upTo = expectedPosition == null ? Long.MAX_VALUE : expectedPosition;
        Verification checked = readOnly.execute(status -> run(
                EVENTS + "where e.global_index <= ? order by e.global_index",
                ORPHANS + "order by c.aggregate_identifier, c.sequence_number",
                true,
                new Object[] {upTo},
                new Object[0]));
        if (checked.verified() && expectedDigest != null && !expectedDigest.equalsIgnoreCase(checked.digest())) {
            return new Verification(
                    false,
                    checked.eventsChecked(),
                    checked.position(),
                    checked.digest(),
                    new Verification.Break(
                            expectedPosition,
                            null,
                            null,
                            null,
                            "The store digest up to position " + expectedPosition
                                    + " differs from the one kept outside the database: "
                                    + "events up to there were rewritten together with their hashes, removed or reordered."),
                    checked.checkedAt());
        }
        return checked;
    }

    /** Checks one aggregate's events (a commitment's or an inspection's). */
    public Verification verifyAggregate(String aggregateIdentifier) {
        Object[] aggregate = {aggregateIdentifier};
        return readOnly.execute(status -> run(
                EVENTS + "where e.aggregate_identifier = ? order by e.global_index",
                ORPHANS + "and c.aggregate_identifier = ? order by c.sequence_number",
                false,
                aggregate,
                aggregate));
    }

    /** The current store digest and its position, for an auditor to keep outside the database. */
    public Verification digest() {
        return verifyStore(null, null);
    }

    private Verification run(
            String eventsSql, String orphansSql, boolean digestTheStore, Object[] eventArgs, Object[] orphanArgs) {
        Walk walk = new Walk(digestTheStore);
        try {
            jdbc.query(eventsSql, walk, eventArgs);
        } catch (StopWalk stop) {
            // the first break was found
        }
        if (walk.firstBreak == null) {
            List<Verification.Break> orphans = jdbc.query(
                    orphansSql + " limit 1",
                    (rs, n) -> new Verification.Break(
                            null,
                            rs.getString(1),
                            rs.getString(2),
                            rs.getLong(3),
                            "The chain records this event but the event store no longer holds it: it was deleted."),
                    orphanArgs);
            walk.firstBreak = orphans.isEmpty() ? null : orphans.get(0);
        }
        return new Verification(
                walk.firstBreak == null,
                walk.checked,
                walk.position,
                digestTheStore ? walk.digest : null,
                walk.firstBreak,
                Instant.now(clock));
    }

    private static final class StopWalk extends RuntimeException {
        StopWalk() {
            super(null, null, false, false);
        }
    }

    private static final class Walk implements RowCallbackHandler {
        private final Map<String, String> lastHash = new HashMap<>();
        private final Map<String, Long> lastSequence = new HashMap<>();
        private final boolean digestTheStore;
        private String digest = EventHash.GENESIS;
        private long checked;
        private Long position;
        private Verification.Break firstBreak;

        Walk(boolean digestTheStore) {
            this.digestTheStore = digestTheStore;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            long globalIndex = rs.getLong("global_index");
            StoredEvent event = new StoredEvent(
                    rs.getString("event_identifier"),
                    rs.getString("aggregate_identifier"),
                    rs.getLong("sequence_number"),
                    rs.getString("type"),
                    DateTimeUtils.parseInstant(rs.getString("time_stamp")),
                    rs.getString("payload_type"),
                    rs.getString("payload_revision"),
                    rs.getBytes("payload"),
                    rs.getBytes("meta_data"));
            String recordedPrevious = rs.getString("previous_hash");
            String recordedHash = rs.getString("hash");
            String aggregate = event.aggregateIdentifier();
            long expectedSequence = lastSequence.getOrDefault(aggregate, -1L) + 1;
            String expectedPrevious = lastHash.getOrDefault(aggregate, EventHash.GENESIS);

            if (recordedHash == null) {
                stop(globalIndex, event, "No chain record: the event was written outside the application.");
            } else if (event.sequenceNumber() > expectedSequence) {
                stop(
                        globalIndex,
                        event,
                        "Events are missing before this one: sequence " + expectedSequence + " was expected, "
                                + event.sequenceNumber() + " was found.");
            } else if (event.sequenceNumber() < expectedSequence) {
                stop(
                        globalIndex,
                        event,
                        "Out of order: sequence " + event.sequenceNumber() + " comes after sequence "
                                + (expectedSequence - 1) + " in the store's order.");
            } else if (!expectedPrevious.equals(recordedPrevious)) {
                stop(
                        globalIndex,
                        event,
                        "The chain link is broken: this event was chained to a previous event that is no longer there as it was.");
            }
            String hash = EventHash.of(expectedPrevious, event);
            if (!hash.equals(recordedHash)) {
                stop(
                        globalIndex,
                        event,
                        "The content differs from what was recorded: payload, metadata, type, time or identity was changed.");
            }
            lastHash.put(aggregate, hash);
            lastSequence.put(aggregate, event.sequenceNumber());
            if (digestTheStore) {
                digest = EventHash.fold(digest, hash);
            }
            checked++;
            position = globalIndex;
        }

        private void stop(long globalIndex, StoredEvent event, String problem) {
            firstBreak = new Verification.Break(
                    globalIndex, event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(), problem);
            throw new StopWalk();
        }
    }
}
