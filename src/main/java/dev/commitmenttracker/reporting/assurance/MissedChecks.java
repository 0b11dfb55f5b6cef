package dev.commitmenttracker.reporting.assurance;

import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
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

    /** Every unit's missed checks as last derived, with the projection's state and the day they were derived for. */
    private final AtomicReference<Derived> everyUnit = new AtomicReference<>();

    MissedChecks(EntityManager entityManager, @Value(GRACE_DAYS) int graceDays) {
        this.entityManager = entityManager;
        this.graceDays = graceDays;
    }

    /**
     * Every unit's missed checks as of a day, derived from the projection in the state {@code version} names
     * ({@link #projectionState}): all of them in order, the units each commitment counts under, and each unit's own (its own
     * commitments' and those it holds jointly, in the same order).
     */
    private record Derived(
            String version,
            LocalDate today,
            List<MissedCheck> checks,
            Map<String, List<AreaCode>> areas,
            Map<AreaCode, List<MissedCheck>> byUnit) {

        static Derived of(
                String version, LocalDate today, List<MissedCheck> checks, Map<String, List<AreaCode>> areas) {
            Map<AreaCode, List<MissedCheck>> byUnit = new EnumMap<>(AreaCode.class);
            for (MissedCheck check : checks) {
                for (AreaCode unit : areas.get(check.commitmentId())) {
                    byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(check);
                }
            }
            byUnit.replaceAll((unit, list) -> List.copyOf(list));
            return new Derived(version, today, List.copyOf(checks), Map.copyOf(areas), byUnit);
        }

        boolean answers(String version, LocalDate today) {
            return this.today.equals(today) && this.version.equals(version);
        }

        List<MissedCheck> under(AreaCode unit) {
            return byUnit.getOrDefault(unit, List.of());
        }

        List<MissedCheck> under(AreaScope scope) {
            return checks.stream()
                    .filter(check -> areas.get(check.commitmentId()).stream().anyMatch(scope::includes))
                    .toList();
        }
    }

    /**
     * Every unit's missed checks as of {@code today}: derived once for each state of the "assurance-plan" projection and
     * each day, then kept for the reports that ask again before either changes. The state is read as the projection's
     * tokens, in the same transaction (and snapshot) as its rows, which the projection writes in one transaction with
     * them; so a node never answers from rows older than the ones it would read. Nationally this is tens of thousands
     * of plans and their evidence, which every report read would otherwise derive again.
     */
    private Derived everyUnit(LocalDate today) {
        String version = projectionState();
        Derived cached = everyUnit.get();
        if (cached != null && cached.answers(version, today)) {
            return cached;
        }
        // one derivation at a time: readers of the same state wait for it rather than each doing it again
        synchronized (everyUnit) {
            cached = everyUnit.get();
            if (cached != null && cached.answers(version, today)) {
                return cached;
            }
            Derived derived = derived(version, planned(null), today);
            everyUnit.set(derived);
            return derived;
        }
    }

    /** The missed checks of these planned commitments as of {@code today}, with the units each counts under. */
    private Derived derived(String version, List<AssuranceCommitmentRow> rows, LocalDate today) {
        Map<String, List<AreaCode>> areas = new HashMap<>();
        rows.forEach(row -> areas.put(row.id(), row.areas()));
        return Derived.of(version, today, derive(rows, today), areas);
    }

    /** Whether every unit's missed checks as of {@code today} are already derived for the projection as it is. */
    private Derived everyUnitIfDerived(LocalDate today) {
        Derived cached = everyUnit.get();
        return cached != null && cached.answers(projectionState(), today) ? cached : null;
    }

    /**
     * The state of the "assurance-plan" projection: its processor's tokens, segment by segment, which move with every
     * event it handles; and its dead letters (how many, the latest parked and touched), which change when a retry applies
     * parked events to its rows without any token moving.
     */
    private String projectionState() {
        @SuppressWarnings("unchecked")
        List<byte[]> tokens = entityManager
                .createNativeQuery("select token from token_entry where processor_name = :name order by segment")
                .setParameter("name", ReportingGroups.ASSURANCE_PLAN)
                .getResultList();
        Object[] parked = (Object[]) entityManager
                .createNativeQuery("select count(*), max(enqueued_at), max(last_touched) from dead_letter_entry"
                        + " where processing_group = :name")
                .setParameter("name", ReportingGroups.ASSURANCE_PLAN)
                .getSingleResult();
        StringBuilder state = new StringBuilder();
        tokens.forEach(token -> state.append(token == null ? "" : HexFormat.of().formatHex(token))
                .append(';'));
        return state.append(Arrays.toString(parked)).toString();
    }

    /** Days after a period's end before its check counts as missed. */
    public int graceDays() {
        return graceDays;
    }

    /** Every unit's missed checks as of {@code today}. */
    public List<MissedCheck> all(LocalDate today) {
        return everyUnit(today).checks();
    }

    /** The missed checks of the commitments that count under the Area (own and joint) as of {@code today}. */
    public List<MissedCheck> inArea(AreaCode area, LocalDate today) {
        Derived derived = everyUnitIfDerived(today);
        return derived != null ? derived.under(area) : derive(plannedIn(List.of(area)), today);
    }

    /** The missed checks of the commitments that count under any Area of the scope, each once, as of {@code today}. */
    public List<MissedCheck> in(AreaScope scope, LocalDate today) {
        if (scope.isEmpty()) {
            return List.of();
        }
        if (everyUnitIn(scope)) {
            return all(today);
        }
        Derived derived = everyUnitIfDerived(today);
        return derived != null ? derived.under(scope) : derive(plannedIn(scope.areas()), today);
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
        Derived derived = everyUnitIn(scope) ? everyUnit(today) : everyUnitIfDerived(today);
        if (derived == null) {
            derived = derived("", plannedIn(scope.areas()), today);
        }
        for (AreaCode area : scope.areas()) {
            int missed = derived.under(area).size();
            if (missed > 0) {
                counts.put(area, (long) missed);
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

    private static boolean everyUnitIn(AreaScope scope) {
        return scope.areas().size() == AreaCode.values().length;
    }

    /**
     * The planned commitments that count under any of these units (own or joint), read by unit: those it leads, and
     * those whose joint Areas name it (a text match that may find more; {@link AssuranceCommitmentRow#areas} decides).
     * So one Area's report reads its own rows, not every unit's.
     */
    private List<AssuranceCommitmentRow> plannedIn(Collection<AreaCode> units) {
        Map<String, AssuranceCommitmentRow> found = new LinkedHashMap<>();
        for (AreaCode unit : units) {
            entityManager
                    .createQuery(
                            "select c from AssuranceCommitmentRow c where c.planned = true"
                                    + " and (c.area = :unit or c.jointWith like :joint)",
                            AssuranceCommitmentRow.class)
                    .setParameter("unit", unit)
                    .setParameter("joint", "%" + unit.name() + "%")
                    .getResultList()
                    .forEach(row -> found.putIfAbsent(row.id(), row));
        }
        return found.values().stream()
                .filter(row -> row.areas().stream().anyMatch(units::contains))
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
