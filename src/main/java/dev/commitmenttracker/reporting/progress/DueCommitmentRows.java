package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.reporting.progress.DueCommitments.Due;
import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The queries behind {@link DueCommitments}. */
interface DueCommitmentRows extends Repository<ProgressCommitmentRow, String> {

    @Query("""
            select new dev.commitmenttracker.reporting.progress.DueCommitments$Due(
                   c.id, c.area, c.theme, c.ownerRole, c.text, c.status, c.openDueDate)
            from ProgressCommitmentRow c
            where c.openDueDate <= :horizon
            order by c.openDueDate, c.id""")
    List<Due> openDueBy(LocalDate horizon);

    @Query("""
            select new dev.commitmenttracker.reporting.progress.DueCommitments$Due(
                   c.id, c.area, c.theme, c.ownerRole, c.text, c.status, c.openDueDate)
            from ProgressCommitmentInArea a join ProgressCommitmentRow c on c.id = a.commitmentId
            where a.area in :areas and c.openDueDate <= :horizon
            order by c.openDueDate, c.id""")
    List<Due> openDueByIn(Collection<AreaCode> areas, LocalDate horizon);

    @Query("""
            select new dev.commitmenttracker.reporting.progress.DueCommitments$Due(
                   c.id, c.area, c.theme, c.ownerRole, c.text, c.status, c.openDueDate)
            from ProgressCommitmentRow c
            where c.id in :ids""")
    List<Due> byIds(Collection<String> ids);
}
