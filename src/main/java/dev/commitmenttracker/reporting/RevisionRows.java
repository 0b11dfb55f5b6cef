package dev.commitmenttracker.reporting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Revisions of due dates. */
interface RevisionRows extends JpaRepository<RevisionRow, String> {

    List<RevisionRow> findByCommitmentIdInOrderByCommitmentIdAscNumberAsc(Collection<String> commitmentIds);
}
