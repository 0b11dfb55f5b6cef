package dev.commitmenttracker.reporting;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the "due-date-slippage" projection. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class SlippageReports {

    private final SlippageRows commitments;
    private final RevisionRows revisions;
    private final SlippageTallies tallies;

    SlippageReports(SlippageRows commitments, RevisionRows revisions, SlippageTallies tallies) {
        this.commitments = commitments;
        this.revisions = revisions;
        this.tallies = tallies;
    }

    /** Per Area in scope with revised commitments: how many were revised and how many slipped. */
    public List<AreaSlippage> areas(AreaScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        List<SlippageTally> found = scope.national() ? tallies.findAll() : tallies.findByAreaIn(scope.areas());
        return found.stream().filter(tally -> tally.revised > 0).sorted(Comparator.comparing(tally -> tally.area))
                .map(SlippageTally::toAreaSlippage).toList();
    }

    /** The commitments in scope whose due date was revised, each once, with every revision; by Area, then id. */
    public List<SlippedCommitment> commitments(AreaScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Specification<SlippageRow> revised = (root, query, cb) -> {
            var predicate = cb.greaterThan(root.get("dueDateRevisions"), 0);
            if (scope.national()) {
                return predicate;
            }
            Subquery<String> inScope = query.subquery(String.class);
            Root<SlippageAreaRow> membership = inScope.from(SlippageAreaRow.class);
            inScope.select(membership.get("commitmentId")).where(membership.get("area").in(scope.areas()));
            return cb.and(predicate, root.get("id").in(inScope));
        };
        List<SlippageRow> rows = commitments.findAll(revised, Sort.by("area", "id"));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<SlippedCommitment.Revision>> byCommitment = revisions
                .findByCommitmentIdInOrderByCommitmentIdAscNumberAsc(rows.stream().map(row -> row.id).toList()).stream()
                .collect(Collectors.groupingBy(revision -> revision.commitmentId, LinkedHashMap::new,
                        Collectors.mapping(RevisionRow::toRevision, Collectors.toList())));
        return rows.stream().map(row -> row.toSlipped(byCommitment.getOrDefault(row.id, List.of()))).toList();
    }
}
