package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.reporting.assurance.MissedCheck;
import dev.commitmenttracker.reporting.assurance.MissedChecks;
import dev.commitmenttracker.reporting.progress.ProgressCommitmentRows.DueCount;
import dev.commitmenttracker.reporting.progress.ProgressCommitmentRows.JudgedCount;
import dev.commitmenttracker.reporting.progress.ProgressTallies.AreaOwnerTally;
import dev.commitmenttracker.reporting.progress.ProgressTallies.AreaThemeTally;
import dev.commitmenttracker.reporting.progress.ProgressTallies.ThemeTally;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the "commitment-progress" projection: Area progress, the national thematic view, owner workload and the
 * commitment list. Counts by status come from counter rows; overdue and due-soon counts, as of today by the tracker's
 * clock, from the open commitments counted per due month ({@link OpenDueTally}) before the current month and from the
 * open due dates of the commitment rows from its first day to the horizon. List totals come from the counter rows
 * where they answer the filter ({@link #total}).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ProgressReports {

    /**
     * One Area's figures; {@code closedJudged} counts its closed commitments by the inspectorate's latest follow-up
     * grade, so "closed by the Area" and "verified by the inspectorate" stay two facts.
     */
    public record AreaProgress(AreaCode area, Figures figures, Map<FollowUpGrade, Long> closedJudged) {}

    /**
     * One Area's figures, and the same broken down by theme and by owner role ({@value ProgressTallies#UNASSIGNED} before
     * assignment).
     */
    public record AreaProgressDetail(
            AreaCode area,
            Figures figures,
            Map<FollowUpGrade, Long> closedJudged,
            Map<Theme, Figures> byTheme,
            Map<String, Figures> byOwnerRole) {}

    /** One theme's figures. */
    public record ThemeProgress(Theme theme, Figures figures) {}

    /** An owner role's open commitments in an Area, and how many of them are overdue. */
    public record OwnerWorkload(AreaCode area, String ownerRole, long open, long overdue) {}

    /** The fields the commitment list sorts by, as the API names them. */
    public static final List<String> SORTABLE =
            List.of("dueDate", "committedOn", "status", "theme", "ownerRole", "area", "id");

    /** The setting that says how many days ahead "due soon" looks (the API's {@code dueNext30Days}), 30 unless set. */
    static final String DUE_SOON_DAYS = "${tracker.reporting.due-soon-days:30}";

    /** Before any due date a commitment can have. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

    /** Owner roles in the order of {@link OwnerRole}, unassigned last. */
    static final Comparator<String> OWNER_ORDER = Comparator.comparingInt(ProgressReports::ownerRank);

    private final ProgressCommitmentRows commitments;
    private final ProgressTallies tallies;
    private final OpenDueTally openDue;
    private final AsOfAreaReport asOf;
    private final MissedChecks missedChecks;
    private final Clock clock;
    private final int dueSoonDays;

    ProgressReports(
            ProgressCommitmentRows commitments,
            ProgressTallies tallies,
            OpenDueTally openDue,
            AsOfAreaReport asOf,
            MissedChecks missedChecks,
            Clock clock,
            @Value(DUE_SOON_DAYS) int dueSoonDays) {
        this.commitments = commitments;
        this.tallies = tallies;
        this.openDue = openDue;
        this.asOf = asOf;
        this.missedChecks = missedChecks;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One row per Area in scope that has commitments. */
    public List<AreaProgress> areas(AreaScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<AreaCode, Figures.Sum> byArea = new TreeMap<>();
        for (AreaThemeTally tally : tallies.byAreaAndTheme(scope)) {
            byArea.computeIfAbsent(tally.area, a -> new Figures.Sum()).add(tally.counts);
        }
        for (DueCount due : dueCounts(scope)) {
            byArea.computeIfAbsent(due.area(), a -> new Figures.Sum()).add(due);
        }
        missedChecks
                .countByArea(scope, today())
                .forEach((area, missed) ->
                        byArea.computeIfAbsent(area, a -> new Figures.Sum()).addMissedChecks(missed));
        Map<AreaCode, Map<FollowUpGrade, Long>> judged = judgedClosed(scope.areas());
        return figures(byArea).entrySet().stream()
                .map(e -> new AreaProgress(e.getKey(), e.getValue(), judged.getOrDefault(e.getKey(), Map.of())))
                .toList();
    }

    /** One Area with its figures by theme and by owner role (only those it has commitments of). */
    public AreaProgressDetail area(AreaCode area) {
        AreaScope scope = AreaScope.only(List.of(area));
        Figures.Sum total = new Figures.Sum();
        Map<Theme, Figures.Sum> byTheme = new TreeMap<>();
        Map<String, Figures.Sum> byOwner = new TreeMap<>(OWNER_ORDER);
        for (AreaThemeTally tally : tallies.byAreaAndTheme(scope)) {
            total.add(tally.counts);
            byTheme.computeIfAbsent(tally.theme, t -> new Figures.Sum()).add(tally.counts);
        }
        for (AreaOwnerTally tally : tallies.byAreaAndOwner(scope)) {
            byOwner.computeIfAbsent(tally.ownerRole, o -> new Figures.Sum()).add(tally.counts);
        }
        for (DueCount due : dueCounts(scope)) {
            total.add(due);
            byTheme.computeIfAbsent(due.theme(), t -> new Figures.Sum()).add(due);
            byOwner.computeIfAbsent(ProgressTallies.ownerKey(due.ownerRole()), o -> new Figures.Sum())
                    .add(due);
        }
        for (MissedCheck missed : missedChecks.inArea(area, today())) {
            total.addMissedChecks(1);
            byTheme.computeIfAbsent(missed.theme(), t -> new Figures.Sum()).addMissedChecks(1);
            byOwner.computeIfAbsent(ProgressTallies.ownerKey(missed.ownerRole()), o -> new Figures.Sum())
                    .addMissedChecks(1);
        }
        return new AreaProgressDetail(
                area,
                total.figures(),
                judgedClosed(List.of(area)).getOrDefault(area, Map.of()),
                figures(byTheme),
                figures(byOwner));
    }

    /** The Area's report as it stood then: see {@link AsOfAreaReport#area}. */
    public AreaProgressDetail area(AreaCode area, Instant asOf, LocalDate validAt) {
        return this.asOf.area(area, asOf, validAt);
    }

    /** The commitments that count under the Area: its own and those it holds jointly. */
    public List<String> commitmentIdsIn(AreaCode area) {
        return commitments.commitmentIdsIn(area);
    }

    private Map<AreaCode, Map<FollowUpGrade, Long>> judgedClosed(Collection<AreaCode> areas) {
        Map<AreaCode, Map<FollowUpGrade, Long>> judged = new TreeMap<>();
        if (areas.isEmpty()) {
            return judged;
        }
        for (JudgedCount count : commitments.judgedClosed(areas, CommitmentStatus.CLOSED)) {
            judged.computeIfAbsent(count.area(), a -> new EnumMap<>(FollowUpGrade.class))
                    .put(count.grade(), count.count());
        }
        return judged;
    }

    /** Per theme: nationally each commitment once; for a narrower scope, summed over its Areas. */
    public List<ThemeProgress> themes(AreaScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<Theme, Figures.Sum> byTheme = new TreeMap<>();
        if (scope.national()) {
            for (ThemeTally tally : tallies.byTheme()) {
                byTheme.computeIfAbsent(tally.theme, t -> new Figures.Sum()).add(tally.counts);
            }
        } else {
            for (AreaThemeTally tally : tallies.byAreaAndTheme(scope)) {
                byTheme.computeIfAbsent(tally.theme, t -> new Figures.Sum()).add(tally.counts);
            }
        }
        for (DueCount due : dueCounts(scope)) {
            // nationally each commitment once: under its own Area only
            if (!scope.national() || !due.joint()) {
                byTheme.computeIfAbsent(due.theme(), t -> new Figures.Sum()).add(due);
            }
        }
        // nationally each commitment once; for a narrower scope, under each of its Areas
        List<MissedCheck> missed = scope.national()
                ? missedChecks.all(today())
                : scope.areas().stream()
                        .flatMap(area -> missedChecks.inArea(area, today()).stream())
                        .toList();
        missed.forEach(check ->
                byTheme.computeIfAbsent(check.theme(), t -> new Figures.Sum()).addMissedChecks(1));
        return figures(byTheme).entrySet().stream()
                .map(e -> new ThemeProgress(e.getKey(), e.getValue()))
                .toList();
    }

    /** Per Area and owner role with open commitments: how many are open and how many of those are overdue. */
    public List<OwnerWorkload> owners(AreaScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        record Key(AreaCode area, String ownerRole) {}
        Map<Key, Long> open = new TreeMap<>(Comparator.comparing(Key::area).thenComparing(Key::ownerRole, OWNER_ORDER));
        Map<Key, Long> overdue = new HashMap<>();
        for (AreaOwnerTally tally : tallies.byAreaAndOwner(scope)) {
            open.merge(new Key(tally.area, tally.ownerRole), (long) tally.counts.open(), Long::sum);
        }
        for (DueCount due : dueCounts(scope)) {
            overdue.merge(new Key(due.area(), ProgressTallies.ownerKey(due.ownerRole())), due.overdue(), Long::sum);
        }
        return open.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new OwnerWorkload(
                        e.getKey().area(), e.getKey().ownerRole(), e.getValue(), overdue.getOrDefault(e.getKey(), 0L)))
                .toList();
    }

    /**
     * A page of the commitments in scope that match the filter. A joint commitment is listed once, whichever of its
     * Areas are in scope.
     *
     * @param sort a field of {@link #SORTABLE}, optionally followed by {@code ,asc} or {@code ,desc}; null for due date
     */
    public CommitmentPage list(AreaScope scope, CommitmentFilter filter, int page, int size, String sort) {
        LocalDate today = today();
        if (scope.isEmpty()) {
            return new CommitmentPage(List.of(), page, size, 0);
        }
        Specification<ProgressCommitmentRow> matching = matching(scope, filter, today);
        PageRequest pageRequest = PageRequest.of(page, size, sortBy(sort));
        Long counted = total(scope, filter, today);
        if (counted == null) {
            Page<ProgressCommitmentRow> found = commitments.findAll(matching, pageRequest);
            return new CommitmentPage(
                    found.getContent().stream().map(row -> row.toListing(today)).toList(),
                    page,
                    size,
                    found.getTotalElements());
        }
        Slice<ProgressCommitmentRow> found = commitments.findBy(matching, query -> query.slice(pageRequest));
        return new CommitmentPage(
                found.getContent().stream().map(row -> row.toListing(today)).toList(), page, size, counted);
    }

    /**
     * How many commitments the list filter matches, from the counter rows where they answer it (nationally, or for one
     * Area; by status and theme, or one Area's by status and owner role; overdue or not by theme or owner role,
     * from the open-due counts and the current month's rows), so that the total does not read every row that matches;
     * null where they do not (an inspection, status with overdue, several Areas): the list counts its rows, from an
     * index.
     */
    Long total(AreaScope scope, CommitmentFilter filter, LocalDate today) {
        if (filter.inspectionId() != null || !(scope.national() || scope.areas().size() == 1)) {
            return null;
        }
        AreaCode area = scope.national() ? null : scope.areas().iterator().next();
        if (filter.overdue() == null) {
            return statusTotal(area, filter.status(), filter.theme(), filter.ownerRole());
        }
        if (filter.status() != null || (filter.theme() != null && filter.ownerRole() != null)) {
            return null;
        }
        LocalDate month = today.withDayOfMonth(1);
        Specification<ProgressCommitmentRow> overdueThisMonth = (root, query, cb) -> cb.and(
                cb.greaterThanOrEqualTo(root.get("openDueDate"), month), cb.lessThan(root.get("openDueDate"), today));
        long overdue = openDue.openDueBefore(
                        month,
                        area,
                        filter.theme(),
                        filter.ownerRole() == null ? null : ProgressTallies.ownerKey(filter.ownerRole()))
                + commitments.count(matching(
                                scope,
                                new CommitmentFilter(null, filter.theme(), filter.ownerRole(), null, null),
                                today)
                        .and(overdueThisMonth));
        if (filter.overdue()) {
            return overdue;
        }
        Long all = statusTotal(area, null, filter.theme(), filter.ownerRole());
        return all == null ? null : all - overdue;
    }

    /** Commitments by status, theme and owner role from the counter rows; null where no counter row answers it. */
    private Long statusTotal(AreaCode area, CommitmentStatus status, Theme theme, OwnerRole ownerRole) {
        if (ownerRole != null) {
            if (area == null || theme != null) {
                return null;
            }
            String owner = ProgressTallies.ownerKey(ownerRole);
            return tallies.byAreaAndOwner(AreaScope.only(List.of(area))).stream()
                    .filter(tally -> tally.ownerRole.equals(owner))
                    .mapToLong(tally -> tally.counts.count(status))
                    .sum();
        }
        if (area == null) {
            return tallies.byTheme().stream()
                    .filter(tally -> theme == null || tally.theme == theme)
                    .mapToLong(tally -> tally.counts.count(status))
                    .sum();
        }
        return tallies.byAreaAndTheme(AreaScope.only(List.of(area))).stream()
                .filter(tally -> theme == null || tally.theme == theme)
                .mapToLong(tally -> tally.counts.count(status))
                .sum();
    }

    /** The list's rows in scope that match the filter, as of {@code today} for {@code overdue}. */
    static Specification<ProgressCommitmentRow> matching(AreaScope scope, CommitmentFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.national()) {
                Subquery<String> inScope = query.subquery(String.class);
                Root<ProgressCommitmentRow.InArea> membership = inScope.from(ProgressCommitmentRow.InArea.class);
                inScope.select(membership.get("commitmentId"))
                        .where(membership.get("area").in(scope.areas()));
                predicates.add(root.get("id").in(inScope));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.theme() != null) {
                predicates.add(cb.equal(root.get("theme"), filter.theme()));
            }
            if (filter.ownerRole() != null) {
                predicates.add(cb.equal(root.get("ownerRole"), filter.ownerRole()));
            }
            if (filter.inspectionId() != null) {
                predicates.add(cb.equal(root.get("inspectionId"), filter.inspectionId()));
            }
            if (Boolean.TRUE.equals(filter.overdue())) {
                predicates.add(cb.lessThan(root.get("openDueDate"), today));
            } else if (Boolean.FALSE.equals(filter.overdue())) {
                predicates.add(cb.or(
                        cb.isNull(root.get("openDueDate")), cb.greaterThanOrEqualTo(root.get("openDueDate"), today)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static Sort sortBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.asc("id"));
        }
        String[] parts = sort.split(",");
        String field = parts[0].trim();
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (!SORTABLE.contains(field) || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw RuleViolation.invalid(
                    "validation.unreadable",
                    "sort",
                    "Sort by one of " + SORTABLE + ", optionally followed by ',asc' or ',desc'; got '" + sort + "'.");
        }
        Sort.Order order = direction.equals("desc") ? Sort.Order.desc(field) : Sort.Order.asc(field);
        return field.equals("id") ? Sort.by(order) : Sort.by(order.nullsLast(), Sort.Order.asc("id"));
    }

    /**
     * Per Area (own or joint), theme and owner role, as of today: the open commitments overdue and due soon, in parts
     * (a key may come more than once; the figures add them up). Those due before the current month from the counts
     * per due month, the rest from the commitment rows due from the first of the month to the horizon: neither grows
     * with the store.
     */
    private List<DueCount> dueCounts(AreaScope scope) {
        return dueCounts(scope.areas(), today());
    }

    /** {@link #dueCounts(AreaScope)} as of another day. */
    List<DueCount> dueCounts(Collection<AreaCode> areas, LocalDate today) {
        LocalDate horizon = today.plusDays(dueSoonDays);
        LocalDate month = today.withDayOfMonth(1);
        if (horizon.isBefore(month)) {
            // a window set to end before the month began: every row up to it
            return commitments.dueCounts(areas, EARLIEST, today, horizon, CommitmentStatus.EVIDENCED);
        }
        List<DueCount> counts = new ArrayList<>(openDue.overdueBefore(areas, month));
        counts.addAll(commitments.dueCounts(areas, month, today, horizon, CommitmentStatus.EVIDENCED));
        return counts;
    }

    /** The figures of each key with commitments. */
    static <K> Map<K, Figures> figures(Map<K, Figures.Sum> sums) {
        Map<K, Figures> figures = new LinkedHashMap<>();
        sums.forEach((key, sum) -> {
            Figures f = sum.figures();
            if (f.total() > 0) {
                figures.put(key, f);
            }
        });
        return figures;
    }

    private static int ownerRank(String ownerRole) {
        return ProgressTallies.UNASSIGNED.equals(ownerRole)
                ? OwnerRole.values().length
                : OwnerRole.valueOf(ownerRole).ordinal();
    }
}
