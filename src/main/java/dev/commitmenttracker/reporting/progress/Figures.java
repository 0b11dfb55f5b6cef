package dev.commitmenttracker.reporting.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.progress.ProgressCommitmentRows.DueCount;
import dev.commitmenttracker.reporting.progress.ProgressTallies.StatusCounts;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.web.CsvRecords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The progress figures of a set of commitments (an Area, a theme, an owner role). Counts by status come from counter
 * rows; overdue and due-soon counts from the commitments' open due dates as of today. Every derived figure is
 * computed here, so that all reports agree.
 *
 * @param byStatus            commitments in each status, every status present
 * @param overdue             open (not CLOSED or WITHDRAWN) commitments whose due date is before today
 * @param dueSoon             open commitments due from today to the end of the due-soon window, both included (the
 *                            window is the setting {@code tracker.reporting.due-soon-days}, 30 days unless set)
 * @param dueSoonNotEvidenced of those, the ones not yet evidenced (COMMITTED, ASSIGNED or IN_PROGRESS)
 * @param missedChecks        planned assurance checks missed as of today (derived at read time: see
 *                            {@code reporting.assurance.MissedPeriods})
 */
public record Figures(
        Map<CommitmentStatus, Long> byStatus, long overdue, long dueSoon, long dueSoonNotEvidenced, long missedChecks) {

    /** Figures of commitments with no missed check. */
    public Figures(Map<CommitmentStatus, Long> byStatus, long overdue, long dueSoon, long dueSoonNotEvidenced) {
        this(byStatus, overdue, dueSoon, dueSoonNotEvidenced, 0);
    }

    public Figures {
        EnumMap<CommitmentStatus, Long> all = new EnumMap<>(CommitmentStatus.class);
        for (CommitmentStatus status : CommitmentStatus.values()) {
            all.put(status, byStatus.getOrDefault(status, 0L));
        }
        byStatus = Collections.unmodifiableMap(all);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(CommitmentStatus status) {
        return byStatus.get(status);
    }

    public long closed() {
        return count(CommitmentStatus.CLOSED);
    }

    public long evidencedOrClosed() {
        return count(CommitmentStatus.EVIDENCED) + count(CommitmentStatus.CLOSED);
    }

    public long withdrawn() {
        return count(CommitmentStatus.WITHDRAWN);
    }

    /** Commitments still to be delivered: neither CLOSED nor WITHDRAWN. */
    public long open() {
        return total() - closed() - withdrawn();
    }

    /** Closed as a share of all commitments, in percent to one decimal place; 0.0 when there are none. */
    public BigDecimal percentClosed() {
        long total = total();
        if (total == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(closed() * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** {@link #dueSoon}, under the name the API and the pages give it. */
    public long dueNext30Days() {
        return dueSoon;
    }

    public Rag rag() {
        return Rag.of(overdue, dueSoonNotEvidenced);
    }

    /** Adds figures up, for a set of commitments made of several sets. */
    static final class Sum {
        private final EnumMap<CommitmentStatus, Long> byStatus = new EnumMap<>(CommitmentStatus.class);
        private long overdue;
        private long dueSoon;
        private long dueSoonNotEvidenced;
        private long missedChecks;

        Sum add(StatusCounts counts) {
            for (CommitmentStatus status : CommitmentStatus.values()) {
                byStatus.merge(status, (long) counts.get(status), Long::sum);
            }
            return this;
        }

        /**
         * Adds one commitment as it stood on {@code today}: one in its status and, while it is open, overdue when its
         * due date has passed, due soon when the date lies on or before {@code horizon} (and not yet evidenced).
         * The same rules as the projection's indexed counts, for a report reconstructed from folded events.
         */
        Sum add(CommitmentStatus status, LocalDate dueDate, LocalDate today, LocalDate horizon) {
            byStatus.merge(status, 1L, Long::sum);
            if (status.isOpen() && dueDate != null) {
                if (dueDate.isBefore(today)) {
                    overdue++;
                } else if (!dueDate.isAfter(horizon)) {
                    dueSoon++;
                    if (status != CommitmentStatus.EVIDENCED) {
                        dueSoonNotEvidenced++;
                    }
                }
            }
            return this;
        }

        Sum add(DueCount due) {
            overdue += due.overdue();
            dueSoon += due.dueSoon();
            dueSoonNotEvidenced += due.dueSoonNotEvidenced();
            return this;
        }

        Sum addMissedChecks(long count) {
            missedChecks += count;
            return this;
        }

        Figures figures() {
            return new Figures(byStatus, overdue, dueSoon, dueSoonNotEvidenced, missedChecks);
        }
    }

    /**
     * These figures as the API shows them, in JSON and in CSV: the counts and the derived figures, in that order.
     * {@code closedJudged} and {@code closedJudgedByGrade} only for an Area's own figures (elsewhere null, and left out of
     * the JSON), and never in the CSV.
     */
    public record View(
            long total,
            Map<CommitmentStatus, Long> byStatus,
            long closed,

            @JsonInclude(JsonInclude.Include.NON_NULL) @CsvRecords.Omit
            Long closedJudged,

            @JsonInclude(JsonInclude.Include.NON_NULL) @CsvRecords.Omit
            Map<FollowUpGrade, Long> closedJudgedByGrade,

            long evidencedOrClosed,
            long withdrawn,
            long overdue,
            long dueNext30Days,
            long missedChecks,
            BigDecimal percentClosed,
            Rag rag) {}

    /** These figures as the API shows them. */
    public View view() {
        return new View(
                total(),
                byStatus,
                closed(),
                null,
                null,
                evidencedOrClosed(),
                withdrawn(),
                overdue,
                dueSoon,
                missedChecks,
                percentClosed(),
                rag());
    }

    /** An Area's figures as the API shows them, with its closed commitments as the inspectorate judged them. */
    public View view(Map<FollowUpGrade, Long> closedJudgedByGrade) {
        long judged =
                closedJudgedByGrade.values().stream().mapToLong(Long::longValue).sum();
        return new View(
                total(),
                byStatus,
                closed(),
                judged,
                closedJudgedByGrade,
                evidencedOrClosed(),
                withdrawn(),
                overdue,
                dueSoon,
                missedChecks,
                percentClosed(),
                rag());
    }

    /** The CSV columns of a set of figures, after the columns that name the set; {@link #csvCells} fills them. */
    public static List<String> csvColumns(String... leading) {
        List<String> columns = new ArrayList<>(List.of(leading));
        columns.addAll(CsvRecords.header(View.class));
        return columns;
    }

    /** One CSV row of these figures, after the cells that name the set, in the order of {@link #csvColumns}. */
    public List<Object> csvCells(Object... leading) {
        List<Object> cells = new ArrayList<>(List.of(leading));
        cells.addAll(CsvRecords.cells(view()));
        return cells;
    }
}
