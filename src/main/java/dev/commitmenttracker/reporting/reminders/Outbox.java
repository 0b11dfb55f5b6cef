package dev.commitmenttracker.reporting.reminders;

import dev.commitmenttracker.reporting.reminders.Composition.Message;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox table {@code notification}: messages are written under a unique {@code dedupe_key} with {@code on
 * conflict do nothing}, in key order (two runs at once wait on each other's keys, never deadlock), so a message is
 * written once however many runs and nodes write it. The sender claims a row by an update only one node can win.
 */
@Component
class Outbox {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private static final String COLUMNS = "id, kind, unit, owner_role, recipient_name, recipient_email, period,"
            + " commitment_ids, subject, body, status, queued_at, sent_at, attempts, last_error";

    private final NamedParameterJdbcTemplate jdbc;

    Outbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the messages not written before; answers the keys it wrote. Runs in the caller's transaction. */
    List<String> write(Collection<Message> messages, Instant now) {
        return messages.stream()
                .sorted(Comparator.comparing(Message::key))
                .filter(message -> jdbc.update(
                                """
                                insert into notification (dedupe_key, kind, unit, owner_role, recipient_name,
                                    recipient_email, period, commitment_ids, subject, body, status, queued_at, attempts)
                                values (:key, :kind, :unit, :role, :name, :email, :period, :ids, :subject, :body,
                                    'PENDING', :now, 0)
                                on conflict do nothing""",
                                new MapSqlParameterSource()
                                        .addValue("key", message.key())
                                        .addValue("kind", message.kind())
                                        .addValue("unit", message.unit().name())
                                        .addValue("role", message.ownerRole().name())
                                        .addValue("name", message.recipientName())
                                        .addValue("email", message.recipientEmail())
                                        .addValue("period", message.period())
                                        .addValue("ids", String.join(",", message.commitmentIds()))
                                        .addValue("subject", message.subject())
                                        .addValue("body", message.body())
                                        .addValue("now", Timestamp.from(now)))
                        == 1)
                .map(Message::key)
                .toList();
    }

    void recordRun(java.time.LocalDate day, String node, String trigger, Instant now, int queued) {
        jdbc.update(
                """
                insert into reminder_run (run_day, node, trigger_kind, started_at, queued)
                values (:day, :node, :trigger, :now, :queued)""",
                new MapSqlParameterSource()
                        .addValue("day", day)
                        .addValue("node", node)
                        .addValue("trigger", trigger)
                        .addValue("now", Timestamp.from(now))
                        .addValue("queued", queued));
    }

    /** Rows to send: PENDING ones, and SENDING ones claimed before {@code leaseExpiredBefore} (their node stopped). */
    List<Long> toSend(Instant leaseExpiredBefore, int limit) {
        return jdbc.queryForList(
                """
                select id from notification
                where status = 'PENDING' or (status = 'SENDING' and claimed_at < :lease)
                order by id limit :limit""",
                new MapSqlParameterSource()
                        .addValue("lease", Timestamp.from(leaseExpiredBefore))
                        .addValue("limit", limit),
                Long.class);
    }

    /** Takes the row for this node; false when another node took it first or it was sent meanwhile. */
    boolean claim(long id, Instant now, Instant leaseExpiredBefore) {
        return jdbc.update(
                        """
                        update notification set status = 'SENDING', claimed_at = :now, attempts = attempts + 1
                        where id = :id and (status = 'PENDING' or (status = 'SENDING' and claimed_at < :lease))""",
                        new MapSqlParameterSource()
                                .addValue("id", id)
                                .addValue("now", Timestamp.from(now))
                                .addValue("lease", Timestamp.from(leaseExpiredBefore)))
                == 1;
    }

    void markSent(long id, Instant now) {
        jdbc.update(
                "update notification set status = 'SENT', sent_at = :now, last_error = null where id = :id",
                new MapSqlParameterSource().addValue("id", id).addValue("now", Timestamp.from(now)));
    }

    /** The mail server refused or could not be reached: back to PENDING for the next try, or FAILED after the last. */
    void markRefused(long id, String error, int maxAttempts) {
        jdbc.update(
                """
                update notification
                set status = case when attempts >= :max then 'FAILED' else 'PENDING' end, last_error = :error
                where id = :id""",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("max", maxAttempts)
                        .addValue("error", error == null ? "unknown" : truncate(error)));
    }

    Optional<NotificationView> find(long id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from notification where id = :id",
                        new MapSqlParameterSource("id", id),
                        Outbox::view)
                .stream()
                .findFirst();
    }

    /** The newest messages first; only those of the given units unless {@code units} is null (every unit). */
    List<NotificationView> list(Collection<AreaCode> units, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("limit", limit);
        String where = "";
        if (units != null) {
            where = " where unit in (:units)";
            parameters.addValue("units", units.stream().map(Enum::name).toList());
        }
        return jdbc.query(
                "select " + COLUMNS + " from notification" + where + " order by id desc limit :limit",
                parameters,
                Outbox::view);
    }

    List<NotificationView> withKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select " + COLUMNS + " from notification where dedupe_key in (:keys) order by id",
                new MapSqlParameterSource("keys", keys),
                Outbox::view);
    }

    private static NotificationView view(ResultSet row, int number) throws SQLException {
        String ids = row.getString("commitment_ids");
        Timestamp sentAt = row.getTimestamp("sent_at");
        return new NotificationView(
                row.getLong("id"),
                row.getString("kind"),
                AreaCode.valueOf(row.getString("unit")),
                OwnerRole.valueOf(row.getString("owner_role")),
                row.getString("recipient_name"),
                row.getString("recipient_email"),
                row.getString("period"),
                ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")),
                row.getString("subject"),
                row.getString("body"),
                row.getString("status"),
                row.getTimestamp("queued_at").toInstant(),
                sentAt == null ? null : sentAt.toInstant(),
                row.getInt("attempts"),
                row.getString("last_error"));
    }

    private static String truncate(String error) {
        return error.length() > 500 ? error.substring(0, 500) : error;
    }
}
