package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.config.ProjectionDeadLetters;
import dev.commitmenttracker.shared.AreaCode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch's changes to the dated counts ({@link TimelineChange}), summed per Area, date and status while the batch
 * runs and written when it commits, in its transaction: one JDBC batch adding to the rows that exist and one inserting
 * those that do not, instead of a read and a write per change. Nothing is read, so a replay does not wait on a round
 * trip per event. Outside a batch, or while a batch writes each event's rows at once to find one the database refuses
 * (ADR 0011), written at once.
 */
final class PendingChanges {

    private static final String RESOURCE = PendingChanges.class.getName();
    private static final int JDBC_BATCH = 500;

    private record Key(AreaCode area, LocalDate on, CommitmentStatus status) {}

    private final JdbcTemplate jdbc;

    PendingChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(AreaCode area, LocalDate on, CommitmentStatus status, long delta) {
        Key key = new Key(area, on, status);
        if (!CurrentUnitOfWork.isStarted()) {
            write(Map.of(key, delta));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        if (batch.getResource(ProjectionDeadLetters.FLUSH_EACH_EVENT) != null) {
            write(Map.of(key, delta));
            return;
        }
        Map<Key, Long> pending = batch.getOrComputeResource(RESOURCE, resource -> {
            Map<Key, Long> changes = new HashMap<>();
            batch.onPrepareCommit(u -> write(changes));
            return changes;
        });
        pending.merge(key, delta, Long::sum);
    }

    private void write(Map<Key, Long> changes) {
        List<Map.Entry<Key, Long>> nonZero = changes.entrySet().stream()
                .filter(change -> change.getValue() != 0)
                .toList();
        if (nonZero.isEmpty()) {
            return;
        }
        int[][] updated = jdbc.batchUpdate(
                "update timeline_change set delta = delta + ? where id = ?",
                nonZero,
                JDBC_BATCH,
                (statement, change) -> {
                    statement.setLong(1, change.getValue());
                    statement.setString(
                            2,
                            TimelineChange.key(
                                    change.getKey().area(),
                                    change.getKey().on(),
                                    change.getKey().status()));
                });
        List<Map.Entry<Key, Long>> missing = new ArrayList<>();
        int i = 0;
        for (int[] counts : updated) {
            for (int count : counts) {
                if (count == 0) {
                    missing.add(nonZero.get(i));
                }
                i++;
            }
        }
        jdbc.batchUpdate(
                "insert into timeline_change (id, area, on_date, status, delta) values (?, ?, ?, ?, ?)",
                missing,
                JDBC_BATCH,
                (statement, change) -> {
                    Key key = change.getKey();
                    statement.setString(1, TimelineChange.key(key.area(), key.on(), key.status()));
                    statement.setString(2, key.area().name());
                    statement.setDate(3, Date.valueOf(key.on()));
                    statement.setString(4, key.status().name());
                    statement.setLong(5, change.getValue());
                });
    }
}
