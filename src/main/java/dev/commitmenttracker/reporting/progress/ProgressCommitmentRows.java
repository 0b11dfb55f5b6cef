package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Rows of the commitment list, the Areas each counts under, and the counts read from their open due dates. */
interface ProgressCommitmentRows
        extends JpaRepository<ProgressCommitmentRow, String>, JpaSpecificationExecutor<ProgressCommitmentRow> {

    /**
     * Open commitments of one Area, theme and owner role: overdue, due within the window, and due within it but not
     * yet evidenced. {@code joint} when the Area is one the commitments are held jointly with, not their own.
     */
    record DueCount(
            AreaCode area,
            boolean joint,
            Theme theme,
            OwnerRole ownerRole,
            long overdue,
            long dueSoon,
            long dueSoonNotEvidenced) {}

    /** Closed commitments of an Area the inspectorate has judged at follow-up with one grade, as its latest. */
    record JudgedCount(AreaCode area, FollowUpGrade grade, long count) {}

    /**
     * Per Area (own or joint), theme and owner role: the due counts as of {@code today} with a window up to
     * {@code horizon}, of the commitments whose open due date lies from {@code from} to the horizon (an index range),
     * of the given Areas only. The reports ask from the first day of the current month: {@link OpenDueTally} counts the
     * months before.
     */
    @Query("""
            select new dev.commitmenttracker.reporting.progress.ProgressCommitmentRows$DueCount(a.area, a.joint, c.theme, c.ownerRole,
                   sum(case when c.openDueDate < :today then 1 else 0 end),
                   sum(case when c.openDueDate >= :today then 1 else 0 end),
                   sum(case when c.openDueDate >= :today and c.status <> :evidenced then 1 else 0 end))
            from ProgressCommitmentInArea a join ProgressCommitmentRow c on c.id = a.commitmentId
            where a.area in :areas and c.openDueDate >= :from and c.openDueDate <= :horizon
            group by a.area, a.joint, c.theme, c.ownerRole""")
    List<DueCount> dueCounts(
            Collection<AreaCode> areas, LocalDate from, LocalDate today, LocalDate horizon, CommitmentStatus evidenced);

    /** Per Area: closed commitments the inspectorate has judged at follow-up, by its latest grade. */
    @Query("""
            select new dev.commitmenttracker.reporting.progress.ProgressCommitmentRows$JudgedCount(a.area, c.followUpGrade, count(c))
            from ProgressCommitmentInArea a join ProgressCommitmentRow c on c.id = a.commitmentId
            where a.area in :areas and c.status = :closed and c.followUpGrade is not null
            group by a.area, c.followUpGrade""")
    List<JudgedCount> judgedClosed(Collection<AreaCode> areas, CommitmentStatus closed);

    /** The commitments that count under an Area: its own and those it holds jointly. */
    @Query("select a.commitmentId from ProgressCommitmentInArea a where a.area = :area order by a.commitmentId")
    List<String> commitmentIdsIn(AreaCode area);

    /** The kind of finding each commitment recorded against the inspection answers, by commitment id. */
    @Query("select c.id, c.findingKind from ProgressCommitmentRow c where c.inspectionId = :inspectionId")
    List<Object[]> findingKinds(String inspectionId);
}
