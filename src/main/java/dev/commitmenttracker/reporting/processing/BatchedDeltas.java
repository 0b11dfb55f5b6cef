package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.config.ProjectionDeadLetters;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counter rows of one table changed by deltas: a batch's changes are summed per row while it runs and written when it
 * commits, in its transaction, as one JDBC batch adding to the rows that exist and one inserting those that do not;
 * nothing is read, so a replay does not wait on a round trip per event. Outside a batch, or while a batch writes each
 * event's rows at once to find one the database refuses (ADR 0011), a change is written at once. A table whose rows
 * at zero mean nothing ({@link #dropRowsAtZero}) loses them as they reach zero, so that reads sum only rows that count.
 *
 * @param <K> what names a row; {@code id} turns it into the row's primary key
 */
public final class BatchedDeltas<K> {

    /** Sets the parameters of the insert of a row that did not exist, for its key and first delta. */
    @FunctionalInterface
    public interface NewRow<K> {
        void bind(PreparedStatement statement, K key, long delta) throws SQLException;
    }

    private static final int JDBC_BATCH = 500;

    private final JdbcTemplate jdbc;
    private final String table;
    private final String column;
    private final String resource;
    private final String update;
    private final Function<K, String> id;
    private final String insert;
    private final NewRow<K> newRow;
    /** The delete of a row brought to zero, when the table keeps none ({@link #dropRowsAtZero}). */
    private String deleteAtZero;

    /**
     * @param table  the counter table; its primary key is {@code id}
     * @param column the column the deltas add to
     * @param insert the insert of a new row, whose parameters {@code newRow} sets
     */
    public BatchedDeltas(
            JdbcTemplate jdbc, String table, String column, Function<K, String> id, String insert, NewRow<K> newRow) {
        this.jdbc = jdbc;
        this.resource = BatchedDeltas.class.getName() + "/" + table;
        this.update = "update " + table + " set " + column + " = " + column + " + ? where id = ?";
        this.id = id;
        this.insert = insert;
        this.newRow = newRow;
        this.table = table;
        this.column = column;
    }

    /** Deletes a row when a change brings it to zero (a row at zero and no row are read alike). */
    public BatchedDeltas<K> dropRowsAtZero() {
        this.deleteAtZero = "delete from " + table + " where id = ? and " + column + " = 0";
        return this;
    }

    /** Adds {@code delta} to the row of {@code key}, when the batch commits (at once outside one). */
    public void add(K key, long delta) {
        if (!CurrentUnitOfWork.isStarted()) {
            write(Map.of(key, delta));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        if (batch.getResource(ProjectionDeadLetters.FLUSH_EACH_EVENT) != null) {
            write(Map.of(key, delta));
            return;
        }
        Map<K, Long> pending = batch.getOrComputeResource(resource, name -> {
            Map<K, Long> changes = new HashMap<>();
            batch.onPrepareCommit(u -> write(changes));
            return changes;
        });
        pending.merge(key, delta, Long::sum);
    }

    private void write(Map<K, Long> changes) {
        List<Map.Entry<K, Long>> nonZero = changes.entrySet().stream()
                .filter(change -> change.getValue() != 0)
                .toList();
        if (nonZero.isEmpty()) {
            return;
        }
        int[][] updated = jdbc.batchUpdate(update, nonZero, JDBC_BATCH, (statement, change) -> {
            statement.setLong(1, change.getValue());
            statement.setString(2, id.apply(change.getKey()));
        });
        List<Map.Entry<K, Long>> missing = new ArrayList<>();
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
                insert,
                missing,
                JDBC_BATCH,
                (statement, change) -> newRow.bind(statement, change.getKey(), change.getValue()));
        if (deleteAtZero != null) {
            List<Map.Entry<K, Long>> lowered =
                    nonZero.stream().filter(change -> change.getValue() < 0).toList();
            jdbc.batchUpdate(
                    deleteAtZero,
                    lowered,
                    JDBC_BATCH,
                    (statement, change) -> statement.setString(1, id.apply(change.getKey())));
        }
    }
}
