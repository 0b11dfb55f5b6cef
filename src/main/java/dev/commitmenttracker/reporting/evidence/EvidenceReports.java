package dev.commitmenttracker.reporting.evidence;

import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the "evidence-register" projection: the register of evidence records and the compliance trend. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class EvidenceReports {

    private static final List<String> REGISTER_ORDER = List.of("effectiveOn", "commitmentId", "evidenceKey", "area");
    private static final List<String> TREND_ORDER = List.of("area", "theme", "quarter");

    private final EntityManager entityManager;

    EvidenceReports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The evidence records of the Areas in scope, oldest effective date first. Nationally each record once, under its
     * commitment's own Area; for a narrower scope, under each of its Areas in scope but still once per record.
     *
     * @param from first effective date included, or null
     * @param to   last effective date included, or null
     */
    public List<EvidenceEntry> register(AreaScope scope, Theme theme, LocalDate from, LocalDate to) {
        if (scope.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<EvidenceRow> query = cb.createQuery(EvidenceRow.class);
        Root<EvidenceRow> root = query.from(EvidenceRow.class);
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(
                scope.national()
                        ? cb.isFalse(root.get("joint"))
                        : root.get("area").in(scope.areas()));
        if (theme != null) {
            predicates.add(cb.equal(root.get("theme"), theme));
        }
        if (from != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("effectiveOn"), from));
        }
        if (to != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get("effectiveOn"), to));
        }
        query.where(predicates.toArray(Predicate[]::new))
                .orderBy(REGISTER_ORDER.stream()
                        .map(field -> cb.asc(root.get(field)))
                        .toList());
        Map<String, EvidenceEntry> once = new LinkedHashMap<>();
        for (EvidenceRow row : entityManager.createQuery(query).getResultList()) {
            once.putIfAbsent(row.evidenceKey, row.toEntry());
        }
        return List.copyOf(once.values());
    }

    /**
     * Compliance per Area in scope, theme and quarter of effective date; with {@code from}/{@code to}, the quarters
     * that contain them and those between.
     */
    public List<ComplianceTrendPoint> trend(AreaScope scope, Theme theme, LocalDate from, LocalDate to) {
        if (scope.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ComplianceTally> query = cb.createQuery(ComplianceTally.class);
        Root<ComplianceTally> root = query.from(ComplianceTally.class);
        List<Predicate> predicates = new ArrayList<>();
        if (!scope.national()) {
            predicates.add(root.get("area").in(scope.areas()));
        }
        if (theme != null) {
            predicates.add(cb.equal(root.get("theme"), theme));
        }
        if (from != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("quarter"), Quarters.of(from)));
        }
        if (to != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get("quarter"), Quarters.of(to)));
        }
        query.where(predicates.toArray(Predicate[]::new))
                .orderBy(TREND_ORDER.stream()
                        .map(field -> cb.asc(root.get(field)))
                        .toList());
        Stream<ComplianceTrendPoint> points =
                entityManager.createQuery(query).getResultList().stream().map(ComplianceTally::toPoint);
        return withEmptyQuarters(
                points.toList(), from == null ? null : Quarters.of(from), to == null ? null : Quarters.of(to));
    }

    /**
     * Each Area and theme with evidence gets a point for every quarter of the range (from/to when given, else the
     * first and last quarter with evidence), a quarter without evidence as zero records and a null percentage.
     */
    static List<ComplianceTrendPoint> withEmptyQuarters(List<ComplianceTrendPoint> points, String from, String to) {
        if (points.isEmpty()) {
            return points;
        }
        String first = from != null
                ? from
                : points.stream()
                        .map(ComplianceTrendPoint::quarter)
                        .min(String::compareTo)
                        .orElseThrow();
        String last = to != null
                ? to
                : points.stream()
                        .map(ComplianceTrendPoint::quarter)
                        .max(String::compareTo)
                        .orElseThrow();
        record Series(AreaCode area, Theme theme) {}
        Map<Series, Map<String, ComplianceTrendPoint>> series = new LinkedHashMap<>();
        for (ComplianceTrendPoint point : points) {
            series.computeIfAbsent(new Series(point.area(), point.theme()), key -> new LinkedHashMap<>())
                    .put(point.quarter(), point);
        }
        List<ComplianceTrendPoint> filled = new ArrayList<>();
        series.forEach((key, byQuarter) -> {
            for (String quarter : Quarters.between(first, last)) {
                ComplianceTrendPoint point = byQuarter.get(quarter);
                filled.add(
                        point != null
                                ? point
                                : new ComplianceTrendPoint(key.area(), key.theme(), quarter, 0, 0, 0, 0, null));
            }
        });
        return filled;
    }
}
