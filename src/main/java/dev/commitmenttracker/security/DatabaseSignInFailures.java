package dev.commitmenttracker.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed sign-ins in the {@code sign_in_failure} table (V27), seen by every node. Reading is one indexed select of at
 * most two keys; a failure is one insert of two rows; a success deletes only when the user name had failures. Rows
 * older than the window are deleted with the next failure recorded, by one statement at most every {@code
 * sweepEvery} per node (deleting what another node deleted already is harmless).
 */
final class DatabaseSignInFailures implements SignInFailures {

    private final JdbcTemplate jdbc;
    private final long sweepEveryNanos;
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    DatabaseSignInFailures(JdbcTemplate jdbc, Duration sweepEvery) {
        this.jdbc = jdbc;
        this.sweepEveryNanos = sweepEvery.toNanos();
    }

    @Override
    public Map<String, List<Instant>> after(List<String> keys, Instant after) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Instant>> found = new LinkedHashMap<>();
        String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
        List<Object> arguments = new ArrayList<>(keys);
        arguments.add(Timestamp.from(after));
        jdbc.query(
                "select throttle_key, failed_at from sign_in_failure where throttle_key in (" + marks
                        + ") and failed_at > ? order by failed_at",
                row -> {
                    found.computeIfAbsent(row.getString(1), key -> new ArrayList<>())
                            .add(row.getTimestamp(2).toInstant());
                },
                arguments.toArray());
        return found;
    }

    @Override
    public void add(List<String> keys, Instant at, Instant expired) {
        Timestamp when = Timestamp.from(at);
        jdbc.batchUpdate(
                "insert into sign_in_failure (throttle_key, failed_at) values (?, ?)",
                keys.stream().map(key -> new Object[] {key, when}).toList());
        long now = System.nanoTime();
        long last = lastSweep.get();
        if (now - last >= sweepEveryNanos && lastSweep.compareAndSet(last, now)) {
            jdbc.update("delete from sign_in_failure where failed_at <= ?", Timestamp.from(expired));
        }
    }

    @Override
    public void forget(String key) {
        jdbc.update("delete from sign_in_failure where throttle_key = ?", key);
    }
}
