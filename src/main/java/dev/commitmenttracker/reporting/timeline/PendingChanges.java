package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.processing.BatchedDeltas;
import dev.commitmenttracker.shared.AreaCode;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch's changes to the dated counts ({@link TimelineChange}), summed per Area, date and status while the batch
 * runs and written when it commits ({@link BatchedDeltas}), instead of a read and a write per change.
 */
final class PendingChanges {

    private record Key(AreaCode area, LocalDate on, CommitmentStatus status) {
        String id() {
            return TimelineChange.key(area, on, status);
        }
    }

    private final BatchedDeltas<Key> deltas;

    PendingChanges(JdbcTemplate jdbc) {
        this.deltas = new BatchedDeltas<>(
                jdbc,
                "timeline_change",
                "delta",
                Key::id,
                "insert into timeline_change (id, area, on_date, status, delta) values (?, ?, ?, ?, ?)",
                (statement, key, delta) -> {
                    statement.setString(1, key.id());
                    statement.setString(2, key.area().name());
                    statement.setDate(3, Date.valueOf(key.on()));
                    statement.setString(4, key.status().name());
                    statement.setLong(5, delta);
                });
    }

    void add(AreaCode area, LocalDate on, CommitmentStatus status, long delta) {
        deltas.add(new Key(area, on, status), delta);
    }
}
