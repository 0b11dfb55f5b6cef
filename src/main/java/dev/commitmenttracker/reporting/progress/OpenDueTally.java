package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.reporting.processing.BatchedDeltas;
import dev.commitmenttracker.reporting.progress.ProgressCommitmentRow.DueStanding;
import dev.commitmenttracker.reporting.progress.ProgressCommitmentRows.DueCount;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open commitments counted per Area (own or joint), theme, owner role and the month their open due date falls in
 * ({@code report_open_due_tally}), so that a report's overdue count adds up the months before the current one from a
 * few rows instead of reading every overdue commitment. The projection's changes are summed per row while a batch
 * runs and written when it commits ({@link BatchedDeltas}); a row that falls to zero is deleted, so the table holds only
 * months with open commitments in them (a million-event store left four rows in five at zero before V29).
 */
@Component
class OpenDueTally {

    private record Key(AreaCode area, boolean joint, Theme theme, String ownerRole, LocalDate dueMonth) {
        String id() {
            return area.name() + "/" + joint + "/" + theme.name() + "/" + ownerRole + "/" + dueMonth;
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final BatchedDeltas<Key> deltas;

    OpenDueTally(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.deltas = new BatchedDeltas<>(
                        jdbc,
                        "report_open_due_tally",
                        "open_count",
                        Key::id,
                        "insert into report_open_due_tally (id, area, joint, theme, owner_role, due_month, open_count)"
                                + " values (?, ?, ?, ?, ?, ?, ?)",
                        (statement, key, delta) -> {
                            statement.setString(1, key.id());
                            statement.setString(2, key.area().name());
                            statement.setBoolean(3, key.joint());
                            statement.setString(4, key.theme().name());
                            statement.setString(5, key.ownerRole());
                            statement.setDate(6, Date.valueOf(key.dueMonth()));
                            statement.setLong(7, delta);
                        })
                .dropRowsAtZero();
    }

    /** Counts the commitment standing so ({@code delta} 1) or no longer so (-1); nothing for null (not open, or no date). */
    void count(DueStanding standing, int delta) {
        if (standing == null) {
            return;
        }
        List<AreaCode> areas = standing.areas();
        for (int i = 0; i < areas.size(); i++) {
            add(
                    new Key(
                            areas.get(i),
                            i > 0,
                            standing.theme(),
                            ProgressTallies.ownerKey(standing.ownerRole()),
                            standing.dueMonth()),
                    delta);
        }
    }

    /**
     * Per Area (own or joint), theme and owner role: the open commitments of the given Areas due before
     * {@code month}, as overdue counts (none due soon: every one of them is overdue on any day of that month or later).
     */
    List<DueCount> overdueBefore(Collection<AreaCode> areas, LocalDate month) {
        if (areas.isEmpty()) {
            return List.of();
        }
        return named.query(
                """
                select area, joint, theme, owner_role, sum(open_count) as overdue
                from report_open_due_tally
                where area in (:areas) and due_month < :month
                group by area, joint, theme, owner_role
                having sum(open_count) <> 0""",
                Map.of(
                        "areas", areas.stream().map(AreaCode::name).toList(),
                        "month", Date.valueOf(month)),
                (rs, n) -> {
                    String owner = rs.getString("owner_role");
                    return new DueCount(
                            AreaCode.valueOf(rs.getString("area")),
                            rs.getBoolean("joint"),
                            Theme.valueOf(rs.getString("theme")),
                            ProgressTallies.UNASSIGNED.equals(owner) ? null : OwnerRole.valueOf(owner),
                            rs.getLong("overdue"),
                            0,
                            0);
                });
    }

    /**
     * The commitments in the list's sense (each once, under its own Area) due before {@code month}, optionally of one
     * theme, owner role ({@value ProgressTallies#UNASSIGNED} for none) and Area (then its joint ones too).
     */
    long openDueBefore(LocalDate month, AreaCode area, Theme theme, String ownerRole) {
        StringBuilder sql = new StringBuilder(
                "select coalesce(sum(open_count), 0) from report_open_due_tally where due_month < :month");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("month", Date.valueOf(month));
        if (area == null) {
            sql.append(" and joint = false");
        } else {
            sql.append(" and area = :area");
            parameters.put("area", area.name());
        }
        if (theme != null) {
            sql.append(" and theme = :theme");
            parameters.put("theme", theme.name());
        }
        if (ownerRole != null) {
            sql.append(" and owner_role = :owner");
            parameters.put("owner", ownerRole);
        }
        Long sum = named.queryForObject(sql.toString(), parameters, Long.class);
        return sum == null ? 0 : sum;
    }

    void deleteAll() {
        jdbc.update("delete from report_open_due_tally");
    }

    private void add(Key key, long delta) {
        deltas.add(key, delta);
    }
}
