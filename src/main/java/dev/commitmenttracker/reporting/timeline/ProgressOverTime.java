package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An Area's progress over time from the "area-timeline" projection: at the end of each month (or on the last day
 * asked for, in its month), how many of its commitments stood open, evidenced and closed on that business date.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ProgressOverTime {

    /** The counts at the end of a month, or on {@code until} in the last month. */
    public record Month(YearMonth month, LocalDate on, long open, long evidenced, long closed) {}

    private final EntityManager entityManager;

    ProgressOverTime(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One entry per month from the Area's first business date up to the month of {@code until}; empty without commitments. */
    public List<Month> monthly(AreaCode area, LocalDate until) {
        TimelineArea start = entityManager.find(TimelineArea.class, area);
        List<Month> months = new ArrayList<>();
        if (start == null || start.firstOn.isAfter(until)) {
            return months;
        }
        Map<YearMonth, Map<CommitmentStatus, Long>> changes = new HashMap<>();
        for (Object[] row : entityManager
                .createQuery(
                        "select year(c.on), month(c.on), c.status, sum(c.delta) from TimelineChange c "
                                + "where c.area = :area and c.on <= :until group by year(c.on), month(c.on), c.status",
                        Object[].class)
                .setParameter("area", area)
                .setParameter("until", until)
                .getResultList()) {
            changes.computeIfAbsent(
                            YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                            m -> new EnumMap<>(CommitmentStatus.class))
                    .put((CommitmentStatus) row[2], ((Number) row[3]).longValue());
        }
        Map<CommitmentStatus, Long> standing = new EnumMap<>(CommitmentStatus.class);
        for (YearMonth month = YearMonth.from(start.firstOn);
                !month.isAfter(YearMonth.from(until));
                month = month.plusMonths(1)) {
            changes.getOrDefault(month, Map.of()).forEach((status, delta) -> standing.merge(status, delta, Long::sum));
            long open = 0;
            for (CommitmentStatus status : CommitmentStatus.values()) {
                if (status.isOpen() && status != CommitmentStatus.EVIDENCED) {
                    open += standing.getOrDefault(status, 0L);
                }
            }
            LocalDate on = month.atEndOfMonth().isAfter(until) ? until : month.atEndOfMonth();
            months.add(new Month(
                    month,
                    on,
                    open,
                    standing.getOrDefault(CommitmentStatus.EVIDENCED, 0L),
                    standing.getOrDefault(CommitmentStatus.CLOSED, 0L)));
        }
        return months;
    }
}
