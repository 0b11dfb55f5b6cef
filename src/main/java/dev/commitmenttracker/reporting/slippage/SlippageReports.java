package dev.commitmenttracker.reporting.slippage;

import dev.commitmenttracker.reporting.AreaScope;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the "due-date-slippage" projection. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class SlippageReports {

    private final EntityManager entityManager;

    SlippageReports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per Area in scope with revised commitments: how many were revised and how many slipped. */
    public List<AreaSlippage> areas(AreaScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select t from SlippageTally t where t.area in :areas and t.revised > 0", SlippageTally.class)
                .setParameter("areas", scope.areas())
                .getResultStream()
                .map(SlippageTally::toAreaSlippage)
                .sorted(Comparator.comparing(AreaSlippage::area))
                .toList();
    }

    /** The commitments in scope whose due date was revised, each once, with every revision; by Area, then id. */
    public List<SlippedCommitment> commitments(AreaScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        List<SlippageCommitmentRow> rows = entityManager
                .createQuery("""
                        select c from SlippageCommitmentRow c
                        where c.dueDateRevisions > 0
                          and c.id in (select a.commitmentId from SlippageCommitmentInArea a where a.area in :areas)
                        order by c.area, c.id""", SlippageCommitmentRow.class)
                .setParameter("areas", scope.areas())
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<SlippedCommitment.Revision>> byCommitment = entityManager
                .createQuery("""
                        select r from RevisionRow r where r.commitmentId in :ids order by r.commitmentId, r.number""", RevisionRow.class)
                .setParameter(
                        "ids", rows.stream().map(SlippageCommitmentRow::id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(
                        revision -> revision.commitmentId,
                        LinkedHashMap::new,
                        Collectors.mapping(RevisionRow::toRevision, Collectors.toList())));
        return rows.stream()
                .map(row -> row.toSlipped(byCommitment.getOrDefault(row.id(), List.of())))
                .toList();
    }
}
