package dev.commitmenttracker.reporting.assurance;

import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.shared.AssuranceMethod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The checks a commitment's planned assurance owed and did not get: derived from absent evidence, at read time, against
 * a given "today". Pure: no clock, no database. The rules (docs/reporting.md, "Missed checks"; ADR 0019):
 * <ul>
 *   <li>Periods are calendar periods: weeks Monday to Sunday, months, quarters from January, April, July and October,
 *       half-years from January and July, years from 1 January. The first period of a plan runs from its
 *       {@code startsOn} to the end of the calendar period containing it (a partial period).
 *   <li>{@code ONCE}: one period, from {@code startsOn} to the due date (to {@code startsOn} itself when there is no due
 *       date or the due date is earlier).
 *   <li>A period is missed when it ended more than {@code graceDays} before today (its end plus the grace is before
 *       today) and no evidence satisfying the plan's method has a business date inside the period. Evidence counts for
 *       the period of its business date ({@code effectiveOn}), however late it was recorded.
 *   <li>Method: evidence of the planned method satisfies the plan; besides, an IQA satisfies a {@code DIP_SAMPLE} plan
 *       (the vocabulary counts IQA dip sampling as both, and an IQA assesses a sample of cases), but a dip sample does not
 *       satisfy an {@code IQA} plan.
 *   <li>No check is owed for a period the commitment ended closed or withdrawn (it was closed on or before the period's
 *       last day and not reopened by then): so none for the periods after a closure, nor for the one it was closed in
 *       (closure is delivery). Reopened, checks are owed again from the period it was reopened in.
 *   <li>A replaced plan keeps the periods it governed: each plan governs its periods that end before the next plan's
 *       {@code startsOn}; the latest plan governs from its {@code startsOn} on.
 * </ul>
 */
public final class MissedPeriods {

    /** One piece of evidence as the calculation needs it: its method and business date. */
    public record Check(AssuranceMethod method, LocalDate effectiveOn) {}

    /** One missed period of one plan. */
    public record Missed(AssuranceMethod method, Cadence cadence, LocalDate periodStart, LocalDate periodEnd) {}

    private MissedPeriods() {}

    /**
     * The missed periods, in order of their start.
     *
     * @param plans     the plans in the order they were recorded (the last is in force); empty: nothing is owed
     * @param evidence  every piece of evidence of the commitment, any method
     * @param pauses    the spans the commitment was closed or withdrawn, in order
     * @param dueDate   the commitment's due date (for {@code ONCE}), may be null
     * @param today     the day the question is asked
     * @param graceDays days after a period's end before its check counts as missed
     */
    public static List<Missed> missed(
            List<AssurancePlan> plans,
            Collection<Check> evidence,
            List<CommitmentState.Pause> pauses,
            LocalDate dueDate,
            LocalDate today,
            int graceDays) {
        List<Missed> missed = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            AssurancePlan plan = plans.get(i);
            LocalDate governsBefore = i + 1 < plans.size() ? plans.get(i + 1).startsOn() : null;
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (Check check : evidence) {
                if (check.effectiveOn() != null && satisfies(plan.method(), check.method())) {
                    dates.add(check.effectiveOn());
                }
            }
            for (LocalDate[] period : periods(plan, dueDate, today)) {
                LocalDate start = period[0];
                LocalDate end = period[1];
                if (governsBefore != null && !end.isBefore(governsBefore)) {
                    break;
                }
                if (!end.plusDays(graceDays).isBefore(today) || pausedAt(pauses, end)) {
                    continue;
                }
                LocalDate first = dates.ceiling(start);
                if (first == null || first.isAfter(end)) {
                    missed.add(new Missed(plan.method(), plan.cadence(), start, end));
                }
            }
        }
        return missed;
    }

    /** Whether evidence by {@code evidenced} counts as a check the plan of {@code planned} owes. */
    public static boolean satisfies(AssuranceMethod planned, AssuranceMethod evidenced) {
        return planned == evidenced || (planned == AssuranceMethod.DIP_SAMPLE && evidenced == AssuranceMethod.IQA);
    }

    /**
     * The plan's periods that started on or before today, each as {start, end}: the first from {@code startsOn} to the
     * end of its calendar period, then whole calendar periods.
     */
    static List<LocalDate[]> periods(AssurancePlan plan, LocalDate dueDate, LocalDate today) {
        List<LocalDate[]> periods = new ArrayList<>();
        LocalDate start = plan.startsOn();
        if (start == null || plan.cadence() == null || start.isAfter(today)) {
            return periods;
        }
        if (plan.cadence() == Cadence.ONCE) {
            LocalDate end = dueDate != null && dueDate.isAfter(start) ? dueDate : start;
            periods.add(new LocalDate[] {start, end});
            return periods;
        }
        while (!start.isAfter(today)) {
            LocalDate end = endOfPeriod(plan.cadence(), start);
            periods.add(new LocalDate[] {start, end});
            start = end.plusDays(1);
        }
        return periods;
    }

    /** The last day of the calendar period of {@code cadence} that holds {@code day}. */
    static LocalDate endOfPeriod(Cadence cadence, LocalDate day) {
        return switch (cadence) {
            case WEEKLY -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTHLY -> day.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTERLY -> lastDayOfBlock(day, 3);
            case SIX_MONTHLY -> lastDayOfBlock(day, 6);
            case YEARLY -> day.with(TemporalAdjusters.lastDayOfYear());
            case ONCE -> day;
        };
    }

    private static LocalDate lastDayOfBlock(LocalDate day, int months) {
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1).plusMonths(months).minusDays(1);
    }

    /** Closed or withdrawn on {@code day}: a pause began on or before it and had not ended by then. */
    private static boolean pausedAt(List<CommitmentState.Pause> pauses, LocalDate day) {
        for (CommitmentState.Pause pause : pauses) {
            if (!pause.from().isAfter(day)
                    && (pause.until() == null || pause.until().isAfter(day))) {
                return true;
            }
        }
        return false;
    }
}
