package dev.commitmenttracker.reporting.assurance;

import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The missed assurance checks, derived when asked from the "assurance-plan" projection's rows and the given today (the
 * tracker's clock for "now"; a past date for a report as of then): a period that ended more than the grace period
 * ({@code tracker.assurance.grace-days}, 10 unless set) before today with no evidence of the planned method. Nothing
 * is stored, so a rebuild cannot make them drift and no job has to run for a check to become missed.
 * <p>
 * Listed by Area, commitment and period start. {@link #inArea} lists the commitments that count under the Area, its own
 * and those it holds jointly, as every Area report does; each missed check names the commitment's own Area.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class MissedChecks {

    /** The setting that says how many days after a period's end its check counts as missed. */
    public static final String GRACE_DAYS = "${tracker.assurance.grace-days:10}";

    static final Comparator<MissedCheck> ORDER = Comparator.comparing(MissedCheck::area)
            .thenComparing(MissedCheck::commitmentId)
            .thenComparing(MissedCheck::periodStart);

    private final EntityManager entityManager;
    private final int graceDays;

    MissedChecks(EntityManager entityManager, @Value(GRACE_DAYS) int graceDays) {
        this.entityManager = entityManager;
        this.graceDays = graceDays;
    }

    /** Days after a period's end before its check counts as missed. */
    public int graceDays() {
        return graceDays;
    }

    /** Every unit's missed checks as of {@code today}. */
    public List<MissedCheck> all(LocalDate today) {
        return derive(planned(null), today);
    }

    /** The missed checks of the commitments that count under the Area (own and joint) as of {@code today}. */
    public List<MissedCheck> inArea(AreaCode area, LocalDate today) {
        return derive(
                planned(null).stream().filter(row -> row.areas().contains(area)).toList(), today);
    }

    /** The missed checks of the commitments that count under any Area of the scope, each once, as of {@code today}. */
    public List<MissedCheck> in(AreaScope scope, LocalDate today) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return derive(
                planned(null).stream()
                        .filter(row -> row.areas().stream().anyMatch(scope::includes))
                        .toList(),
                today);
    }

    /**
     * Per Area of the scope, how many missed checks the commitments that count under it (own and joint) have as of
     * {@code today}; Areas without any are left out.
     */
    public Map<AreaCode, Long> countByArea(AreaScope scope, LocalDate today) {
        Map<AreaCode, Long> counts = new TreeMap<>();
        if (scope.isEmpty()) {
            return counts;
        }
        List<AssuranceCommitmentRow> rows = planned(null).stream()
                .filter(row -> row.areas().stream().anyMatch(scope::includes))
                .toList();
        Map<String, Long> perCommitment = new HashMap<>();
        derive(rows, today).forEach(check -> perCommitment.merge(check.commitmentId(), 1L, Long::sum));
        for (AssuranceCommitmentRow row : rows) {
            long missed = perCommitment.getOrDefault(row.id(), 0L);
            if (missed > 0) {
                row.areas().stream().filter(scope::includes).forEach(area -> counts.merge(area, missed, Long::sum));
            }
        }
        return counts;
    }

    /** One commitment's missed checks as of {@code today}; empty when it has no plan (or is unknown). */
    public List<MissedCheck> ofCommitment(String commitmentId, LocalDate today) {
        return derive(planned(commitmentId), today);
    }

    /**
     * The missed checks of a commitment as its own fold made it (a report as of another time, rebuilt from events): the
     * same rules over the state's plans, evidence and pauses.
     */
    public List<MissedCheck> of(CommitmentState state, LocalDate today) {
        if (state.assurancePlans().isEmpty()) {
            return List.of();
        }
        List<MissedPeriods.Check> evidence = new ArrayList<>();
        for (Evidence e : state.evidence()) {
            evidence.add(new MissedPeriods.Check(e.method(), e.effectiveOn()));
        }
        return MissedPeriods.missed(state.assurancePlans(), evidence, state.pauses(), state.dueDate(), today, graceDays)
                .stream()
                .map(missed -> new MissedCheck(
                        state.id(),
                        state.area(),
                        state.theme(),
                        state.ownerRole(),
                        missed.method(),
                        missed.cadence(),
                        missed.periodStart(),
                        missed.periodEnd()))
                .toList();
    }

    private List<AssuranceCommitmentRow> planned(String commitmentId) {
        if (commitmentId == null) {
            return entityManager
                    .createQuery(
                            "select c from AssuranceCommitmentRow c where c.planned = true",
                            AssuranceCommitmentRow.class)
                    .getResultList();
        }
        return entityManager
                .createQuery(
                        "select c from AssuranceCommitmentRow c where c.planned = true and c.id = :id",
                        AssuranceCommitmentRow.class)
                .setParameter("id", commitmentId)
                .getResultList();
    }

    private List<MissedCheck> derive(Collection<AssuranceCommitmentRow> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(AssuranceCommitmentRow::id).toList();
        Map<String, List<AssurancePlanRow>> plans = new HashMap<>();
        Map<String, List<MissedPeriods.Check>> evidence = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            for (AssurancePlanRow plan : entityManager
                    .createQuery(
                            "select p from AssurancePlanRow p where p.commitmentId in :ids order by p.commitmentId, p.sequence",
                            AssurancePlanRow.class)
                    .setParameter("ids", chunk)
                    .getResultList()) {
                plans.computeIfAbsent(plan.commitmentId, id -> new ArrayList<>())
                        .add(plan);
            }
            for (AssuranceEvidenceRow row : entityManager
                    .createQuery(
                            "select e from AssuranceEvidenceRow e where e.commitmentId in :ids",
                            AssuranceEvidenceRow.class)
                    .setParameter("ids", chunk)
                    .getResultList()) {
                evidence.computeIfAbsent(row.commitmentId, id -> new ArrayList<>())
                        .add(row.check());
            }
        }
        List<MissedCheck> missed = new ArrayList<>();
        for (AssuranceCommitmentRow row : rows) {
            List<AssurancePlanRow> planRows = plans.getOrDefault(row.id(), List.of());
            for (MissedPeriods.Missed period : MissedPeriods.missed(
                    planRows.stream().map(AssurancePlanRow::plan).toList(),
                    evidence.getOrDefault(row.id(), List.of()),
                    row.pauses(),
                    row.dueDate(),
                    today,
                    graceDays)) {
                missed.add(new MissedCheck(
                        row.id(),
                        row.area(),
                        row.theme(),
                        row.ownerRole(),
                        period.method(),
                        period.cadence(),
                        period.periodStart(),
                        period.periodEnd()));
            }
        }
        missed.sort(ORDER);
        return missed;
    }

    /** Ids in chunks small enough for one IN list. */
    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1_000) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 1_000)));
        }
        return chunks;
    }
}
