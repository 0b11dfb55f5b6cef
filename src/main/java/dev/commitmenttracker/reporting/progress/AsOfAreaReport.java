package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.asof.AreaEventsAsOf;
import dev.commitmenttracker.reporting.assurance.MissedChecks;
import dev.commitmenttracker.reporting.progress.ProgressReports.AreaProgressDetail;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.Theme;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Area report as it stood at another time ({@code asOf} / {@code validAt}), rebuilt from the event store rather
 * than read from the projection's rows, in one streaming pass over the Area's events ({@link AreaEventsAsOf}).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class AsOfAreaReport {

    private final AreaEventsAsOf eventsAsOf;
    private final MissedChecks missedChecks;
    private final Clock clock;
    private final int dueSoonDays;

    AsOfAreaReport(
            AreaEventsAsOf eventsAsOf,
            MissedChecks missedChecks,
            Clock clock,
            @Value(ProgressReports.DUE_SOON_DAYS) int dueSoonDays) {
        this.eventsAsOf = eventsAsOf;
        this.missedChecks = missedChecks;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    /**
     * The Area's report as it stood then, rebuilt from events by the commitments' own fold: {@code asOf} keeps the
     * events recorded up to that instant, {@code validAt} those whose business date is on or before that date.
     * "Today" for overdue, due-soon and missed checks is {@code validAt}, else the date of {@code asOf}: a missed check
     * is a period missed as of that day, with the evidence the kept events hold.
     */
    public AreaProgressDetail area(AreaCode area, Instant asOf, LocalDate validAt) {
        LocalDate today = validAt != null ? validAt : LocalDate.ofInstant(asOf, clock.getZone());
        LocalDate horizon = today.plusDays(dueSoonDays);
        Figures.Sum total = new Figures.Sum();
        Map<Theme, Figures.Sum> byTheme = new TreeMap<>();
        Map<String, Figures.Sum> byOwner = new TreeMap<>(ProgressReports.OWNER_ORDER);
        Map<FollowUpGrade, Long> judged = new EnumMap<>(FollowUpGrade.class);
        eventsAsOf.forEach(area, asOf, validAt, state -> {
            total.add(state.status(), state.dueDate(), today, horizon);
            byTheme.computeIfAbsent(state.theme(), t -> new Figures.Sum())
                    .add(state.status(), state.dueDate(), today, horizon);
            byOwner.computeIfAbsent(ProgressTallies.ownerKey(state.ownerRole()), o -> new Figures.Sum())
                    .add(state.status(), state.dueDate(), today, horizon);
            long missed = missedChecks.of(state, today).size();
            if (missed > 0) {
                total.addMissedChecks(missed);
                byTheme.get(state.theme()).addMissedChecks(missed);
                byOwner.get(ProgressTallies.ownerKey(state.ownerRole())).addMissedChecks(missed);
            }
            if (state.status() == CommitmentStatus.CLOSED) {
                state.latestJudgement().ifPresent(judgement -> judged.merge(judgement.grade(), 1L, Long::sum));
            }
        });
        return new AreaProgressDetail(
                area, total.figures(), judged, ProgressReports.figures(byTheme), ProgressReports.figures(byOwner));
    }
}
