package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.FollowUpGrade;
import dev.commitmenttracker.reporting.asof.AreaEventsAsOf;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Collection;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the "commitment-progress" projection: Area progress, the national thematic view, owner workload and the
 * commitment list. Counts by status come from counter rows; overdue and due-soon counts are indexed counts over the
 * open due dates of the commitments of the Areas asked for, as of today by the tracker's clock.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ProgressReports {

    /**
     * One Area's figures; {@code closedJudged} counts its closed commitments by the inspectorate's latest follow-up
     * grade, so "closed by the Area" and "verified by the inspectorate" stay two facts.
     */
    public record AreaProgress(AreaCode area, Figures figures, Map<FollowUpGrade, Long> closedJudged) {
    }

    /** One Area's figures, and the same broken down by theme and by owner role ({@value AreaOwnerTally#UNASSIGNED} before assignment). */
    public record AreaProgressDetail(AreaCode area, Figures figures, Map<FollowUpGrade, Long> closedJudged, Map<Theme, Figures> byTheme,
                                     Map<String, Figures> byOwnerRole) {
    }

    /** One theme's figures. */
    public record ThemeProgress(Theme theme, Figures figures) {
    }

    /** An owner role's open commitments in an Area, and how many of them are overdue. */
    public record OwnerWorkload(AreaCode area, String ownerRole, long open, long overdue) {
    }

    /** The fields the commitment list sorts by, as the API names them. */
    public static final List<String> SORTABLE = List.of("dueDate", "committedOn", "status", "theme", "ownerRole", "area", "id");

    private static final Comparator<String> OWNER_ORDER = Comparator.comparingInt(ProgressReports::ownerRank);

    private final CommitmentRows commitments;
    private final AreaThemeTallies areaThemeTallies;
    private final AreaOwnerTallies areaOwnerTallies;
    private final ThemeTallies themeTallies;
    private final CommitmentAreaRows commitmentAreas;
    private final AreaEventsAsOf eventsAsOf;
    private final Clock clock;

    ProgressReports(CommitmentRows commitments, AreaThemeTallies areaThemeTallies, AreaOwnerTallies areaOwnerTallies,
                    ThemeTallies themeTallies, CommitmentAreaRows commitmentAreas, AreaEventsAsOf eventsAsOf, Clock clock) {
        this.commitments = commitments;
        this.commitmentAreas = commitmentAreas;
        this.eventsAsOf = eventsAsOf;
        this.areaThemeTallies = areaThemeTallies;
        this.areaOwnerTallies = areaOwnerTallies;
        this.themeTallies = themeTallies;
        this.clock = clock;
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
        for (AreaThemeTally tally : themeTallies(scope)) {
            byArea.computeIfAbsent(tally.area, a -> new Figures.Sum()).add(tally.counts);
        }
        for (DueRow due : dueRows(scope)) {
            byArea.computeIfAbsent(due.area(), a -> new Figures.Sum()).add(due.counts());
        }
        Map<AreaCode, Map<FollowUpGrade, Long>> judged = judgedClosed(scope.areas());
        return figures(byArea).entrySet().stream()
                .map(e -> new AreaProgress(e.getKey(), e.getValue(), judged.getOrDefault(e.getKey(), Map.of()))).toList();
    }

    /** One Area with its figures by theme and by owner role (only those it has commitments of). */
    public AreaProgressDetail area(AreaCode area) {
        AreaScope scope = AreaScope.only(List.of(area));
        List<DueRow> dues = dueRows(scope);
        Figures.Sum total = new Figures.Sum();
        Map<Theme, Figures.Sum> byTheme = new TreeMap<>();
        Map<String, Figures.Sum> byOwner = new TreeMap<>(OWNER_ORDER);
        for (AreaThemeTally tally : themeTallies(scope)) {
            total.add(tally.counts);
            byTheme.computeIfAbsent(tally.theme, t -> new Figures.Sum()).add(tally.counts);
        }
        for (AreaOwnerTally tally : ownerTallies(scope)) {
            byOwner.computeIfAbsent(tally.ownerRole, o -> new Figures.Sum()).add(tally.counts);
        }
        for (DueRow due : dues) {
            total.add(due.counts());
            byTheme.computeIfAbsent(due.theme(), t -> new Figures.Sum()).add(due.counts());
            byOwner.computeIfAbsent(due.ownerRole(), o -> new Figures.Sum()).add(due.counts());
        }
        return new AreaProgressDetail(area, total.figures(), judgedClosed(List.of(area)).getOrDefault(area, Map.of()), figures(byTheme),
                figures(byOwner));
    }

    /**
     * The Area's report as it stood then, rebuilt from events by the commitments' own fold: {@code asOf} keeps the
     * events recorded up to that instant, {@code validAt} those whose business date is on or before that date.
     * "Today" for overdue and due-soon is {@code validAt}, else the date of {@code asOf}.
     */
    public AreaProgressDetail area(AreaCode area, Instant asOf, LocalDate validAt) {
        LocalDate today = validAt != null ? validAt : LocalDate.ofInstant(asOf, clock.getZone());
        Figures.Sum total = new Figures.Sum();
        Map<Theme, Figures.Sum> byTheme = new TreeMap<>();
        Map<String, Figures.Sum> byOwner = new TreeMap<>(OWNER_ORDER);
        Map<FollowUpGrade, Long> judged = new EnumMap<>(FollowUpGrade.class);
        eventsAsOf.forEach(area, asOf, validAt, state -> {
            total.add(state.status(), state.dueDate(), today);
            byTheme.computeIfAbsent(state.theme(), t -> new Figures.Sum()).add(state.status(), state.dueDate(), today);
            byOwner.computeIfAbsent(AreaOwnerTally.ownerKey(state.ownerRole()), o -> new Figures.Sum())
                    .add(state.status(), state.dueDate(), today);
            if (state.status() == CommitmentStatus.CLOSED) {
                state.latestJudgement().ifPresent(judgement -> judged.merge(judgement.grade(), 1L, Long::sum));
            }
        });
        return new AreaProgressDetail(area, total.figures(), judged, figures(byTheme), figures(byOwner));
    }

    /** The commitments that count under the Area: its own and those it holds jointly. */
    public List<String> commitmentIdsIn(AreaCode area) {
        return commitmentAreas.commitmentIdsIn(area);
    }

    private Map<AreaCode, Map<FollowUpGrade, Long>> judgedClosed(Collection<AreaCode> areas) {
        Map<AreaCode, Map<FollowUpGrade, Long>> judged = new TreeMap<>();
        if (areas.isEmpty()) {
            return judged;
        }
        for (Object[] row : commitments.judgedClosedInAreas(areas, CommitmentStatus.CLOSED)) {
            judged.computeIfAbsent((AreaCode) row[0], a -> new EnumMap<>(FollowUpGrade.class)).put((FollowUpGrade) row[1], number(row[2]));
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
            for (ThemeTally tally : themeTallies.findAll()) {
                byTheme.computeIfAbsent(tally.theme, t -> new Figures.Sum()).add(tally.counts);
            }
            LocalDate today = today();
            for (Object[] row : commitments.dueCountsByTheme(today, horizon(today), CommitmentStatus.EVIDENCED)) {
                byTheme.computeIfAbsent((Theme) row[0], t -> new Figures.Sum())
                        .add(new DueCounts(number(row[1]), number(row[2]), number(row[3])));
            }
        } else {
            for (AreaThemeTally tally : themeTallies(scope)) {
                byTheme.computeIfAbsent(tally.theme, t -> new Figures.Sum()).add(tally.counts);
            }
            for (DueRow due : dueRows(scope)) {
                byTheme.computeIfAbsent(due.theme(), t -> new Figures.Sum()).add(due.counts());
            }
        }
        return figures(byTheme).entrySet().stream().map(e -> new ThemeProgress(e.getKey(), e.getValue())).toList();
    }

    /** Per Area and owner role with open commitments: how many are open and how many of those are overdue. */
    public List<OwnerWorkload> owners(AreaScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        record Key(AreaCode area, String ownerRole) {
        }
        Map<Key, long[]> workload = new TreeMap<>(Comparator.comparing(Key::area).thenComparing(Key::ownerRole, OWNER_ORDER));
        for (AreaOwnerTally tally : ownerTallies(scope)) {
            workload.computeIfAbsent(new Key(tally.area, tally.ownerRole), k -> new long[2])[0] += tally.counts.open();
        }
        for (DueRow due : dueRows(scope)) {
            workload.computeIfAbsent(new Key(due.area(), due.ownerRole()), k -> new long[2])[1] += due.counts().overdue();
        }
        return workload.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .map(e -> new OwnerWorkload(e.getKey().area(), e.getKey().ownerRole(), e.getValue()[0], e.getValue()[1])).toList();
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
        Specification<CommitmentRow> matching = (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.national()) {
                Subquery<String> inScope = query.subquery(String.class);
                Root<CommitmentAreaRow> membership = inScope.from(CommitmentAreaRow.class);
                inScope.select(membership.get("commitmentId")).where(membership.get("area").in(scope.areas()));
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
                predicates.add(cb.or(cb.isNull(root.get("openDueDate")), cb.greaterThanOrEqualTo(root.get("openDueDate"), today)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        Page<CommitmentRow> found = commitments.findAll(matching, PageRequest.of(page, size, sortBy(sort)));
        return new CommitmentPage(found.getContent().stream().map(row -> row.toListing(today)).toList(), page, size,
                found.getTotalElements());
    }

    static Sort sortBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.asc("id"));
        }
        String[] parts = sort.split(",");
        String field = parts[0].trim();
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (!SORTABLE.contains(field) || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw RuleViolation.invalid("validation.unreadable", "sort", "Sort by one of " + SORTABLE
                    + ", optionally followed by ',asc' or ',desc'; got '" + sort + "'.");
        }
        Sort.Order order = direction.equals("desc") ? Sort.Order.desc(field) : Sort.Order.asc(field);
        return field.equals("id") ? Sort.by(order) : Sort.by(order.nullsLast(), Sort.Order.asc("id"));
    }

    private List<AreaThemeTally> themeTallies(AreaScope scope) {
        return scope.national() ? areaThemeTallies.findAll() : areaThemeTallies.findByAreaIn(scope.areas());
    }

    private List<AreaOwnerTally> ownerTallies(AreaScope scope) {
        return scope.national() ? areaOwnerTallies.findAll() : areaOwnerTallies.findByAreaIn(scope.areas());
    }

    private record DueRow(AreaCode area, Theme theme, String ownerRole, DueCounts counts) {
    }

    private List<DueRow> dueRows(AreaScope scope) {
        if (scope.areas().isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        List<Object[]> rows = scope.national()
                ? commitments.dueCountsInAllAreas(today, horizon(today), CommitmentStatus.EVIDENCED)
                : commitments.dueCountsInAreas(scope.areas(), today, horizon(today), CommitmentStatus.EVIDENCED);
        return rows.stream().map(row -> new DueRow((AreaCode) row[0], (Theme) row[1], AreaOwnerTally.ownerKey((OwnerRole) row[2]),
                new DueCounts(number(row[3]), number(row[4]), number(row[5])))).toList();
    }

    private static LocalDate horizon(LocalDate today) {
        return today.plusDays(Figures.DUE_SOON_DAYS);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static <K> Map<K, Figures> figures(Map<K, Figures.Sum> sums) {
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
        return AreaOwnerTally.UNASSIGNED.equals(ownerRole) ? OwnerRole.values().length : OwnerRole.valueOf(ownerRole).ordinal();
    }
}
