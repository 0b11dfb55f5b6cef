package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Rows of the commitment list, and the date-dependent counts read from their open due dates. */
interface CommitmentRows extends JpaRepository<CommitmentRow, String>, JpaSpecificationExecutor<CommitmentRow> {

    /**
     * Per Area, theme and owner role: open commitments overdue, due within the horizon, and due within it but not yet
     * evidenced. Reads only commitments whose open due date is at most the horizon (an index range), and only the
     * given Areas.
     */
    @Query("""
            select a.area, c.theme, c.ownerRole,
                   sum(case when c.openDueDate < :today then 1 else 0 end),
                   sum(case when c.openDueDate >= :today then 1 else 0 end),
                   sum(case when c.openDueDate >= :today and c.status <> :evidenced then 1 else 0 end)
            from CommitmentAreaRow a join CommitmentRow c on c.id = a.commitmentId
            where a.area in :areas and c.openDueDate <= :horizon
            group by a.area, c.theme, c.ownerRole""")
    List<Object[]> dueCountsInAreas(Collection<AreaCode> areas, LocalDate today, LocalDate horizon, CommitmentStatus evidenced);

    /** Per Area: closed commitments the inspectorate has judged at follow-up, by its latest grade. */
    @Query("""
            select a.area, c.followUpGrade, count(c)
            from CommitmentAreaRow a join CommitmentRow c on c.id = a.commitmentId
            where a.area in :areas and c.status = :closed and c.followUpGrade is not null
            group by a.area, c.followUpGrade""")
    List<Object[]> judgedClosedInAreas(Collection<AreaCode> areas, CommitmentStatus closed);

    /** The same for every Area, from the open due date index. */
    @Query("""
            select a.area, c.theme, c.ownerRole,
                   sum(case when c.openDueDate < :today then 1 else 0 end),
                   sum(case when c.openDueDate >= :today then 1 else 0 end),
                   sum(case when c.openDueDate >= :today and c.status <> :evidenced then 1 else 0 end)
            from CommitmentRow c join CommitmentAreaRow a on a.commitmentId = c.id
            where c.openDueDate <= :horizon
            group by a.area, c.theme, c.ownerRole""")
    List<Object[]> dueCountsInAllAreas(LocalDate today, LocalDate horizon, CommitmentStatus evidenced);

    /** Per theme across all Areas, each commitment counted once. */
    @Query("""
            select c.theme,
                   sum(case when c.openDueDate < :today then 1 else 0 end),
                   sum(case when c.openDueDate >= :today then 1 else 0 end),
                   sum(case when c.openDueDate >= :today and c.status <> :evidenced then 1 else 0 end)
            from CommitmentRow c
            where c.openDueDate <= :horizon
            group by c.theme""")
    List<Object[]> dueCountsByTheme(LocalDate today, LocalDate horizon, CommitmentStatus evidenced);
}
