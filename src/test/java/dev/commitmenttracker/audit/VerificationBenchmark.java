package dev.commitmenttracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures whole-store verification on PostgreSQL. Not part of the test run (the name matches neither *Test nor *IT);
 * run with {@code ./mvnw test -Dtest=VerificationBenchmark -Dbenchmark.events=1000000}. Results: docs/audit.md.
 */
class VerificationBenchmark {

    @Test
    void verifyAMillionEvents() {
        int events = Integer.getInteger("benchmark.events", 1_000_000);
        int perAggregate = 10;
        TestDatabase.Fresh database = TestDatabase.createFresh();
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(database.url(), database.user(), database.password());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        long loadStart = System.nanoTime();
        load(jdbc, events, perAggregate);
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;

        ChainVerifier verifier = new ChainVerifier(
                jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.systemUTC());
        verifier.verifyStore(null, null);
        List<Long> runs = new ArrayList<>();
        Verification result = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            result = verifier.verifyStore(null, null);
            runs.add((System.nanoTime() - start) / 1_000_000);
        }
        assertThat(result.verified()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(events);
        System.out.printf(
                "BENCHMARK verify: %d events (%d per aggregate), loaded in %d ms; whole-store verification runs (ms): %s; "
                        + "best %.0f events/s%n",
                events,
                perAggregate,
                loadMillis,
                runs,
                events * 1000.0 / runs.stream().mapToLong(Long::longValue).min().orElseThrow());
    }

    /** Writes events and their chain directly, as the storage engine would, in batches. */
    private static void load(JdbcTemplate jdbc, int events, int perAggregate) {
        Instant time = Instant.parse("2022-01-01T09:00:00Z");
        List<Object[]> eventRows = new ArrayList<>();
        List<Object[]> chainRows = new ArrayList<>();
        String aggregate = null;
        String previous = EventHash.GENESIS;
        for (int i = 0; i < events; i++) {
            int sequence = i % perAggregate;
            if (sequence == 0) {
                aggregate = UUID.randomUUID().toString();
                previous = EventHash.GENESIS;
            }
            byte[] payload = ("{\"commitmentId\":\"" + aggregate + "\",\"note\":\"Monthly dip sample number " + i
                            + " taken and discussed at the casework quality meeting.\",\"notedOn\":\"2022-06-01\"}")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] metaData = ("{\"actor\":\"manager.london-north\",\"correlationId\":\"" + UUID.randomUUID() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            StoredEvent event = new StoredEvent(
                    UUID.randomUUID().toString(),
                    aggregate,
                    sequence,
                    "Commitment",
                    time.plusSeconds(i),
                    "dev.commitmenttracker.commitment.api.ProgressNoted",
                    "1",
                    payload,
                    metaData);
            String hash = EventHash.of(previous, event);
            eventRows.add(new Object[] {
                i + 1L,
                event.eventIdentifier(),
                event.aggregateIdentifier(),
                event.sequenceNumber(),
                event.type(),
                event.timestamp().toString(),
                event.payloadType(),
                event.payloadRevision(),
                payload,
                metaData
            });
            chainRows.add(new Object[] {event.eventIdentifier(), aggregate, (long) sequence, previous, hash});
            previous = hash;
            if (eventRows.size() == 5_000 || i == events - 1) {
                jdbc.batchUpdate(
                        "insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type, "
                                + "time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        eventRows);
                jdbc.batchUpdate(
                        "insert into event_chain (event_identifier, aggregate_identifier, sequence_number, previous_hash, hash) "
                                + "values (?, ?, ?, ?, ?)",
                        chainRows);
                eventRows.clear();
                chainRows.clear();
            }
        }
    }
}
