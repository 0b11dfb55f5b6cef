package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open commitments by their open due date, read from the commitment-progress rows (the same date the Area report
 * counts overdue and due-soon from): for the attention report and the reminders. Nothing here reads events.
 */
@Component
public class DueCommitments {

    /** An open commitment: its lead Area, owner role (null until assigned) and open due date. */
    public record Due(
            String commitmentId,
            AreaCode area,
            Theme theme,
            OwnerRole ownerRole,
            String text,
            CommitmentStatus status,
            LocalDate dueDate) {

        public boolean overdueOn(LocalDate today) {
            return dueDate != null && dueDate.isBefore(today);
        }
    }

    private final DueCommitmentRows rows;

    DueCommitments(DueCommitmentRows rows) {
        this.rows = rows;
    }

    /** Every open commitment due by the horizon (overdue ones included), earliest first. */
    @Transactional(readOnly = true)
    public List<Due> openDueBy(LocalDate horizon) {
        return rows.openDueBy(horizon);
    }

    /** Those counting under one of the Areas, as lead or joint Area, once each. */
    @Transactional(readOnly = true)
    public List<Due> openDueBy(Collection<AreaCode> areas, LocalDate horizon) {
        if (areas.isEmpty()) {
            return List.of();
        }
        return rows.openDueByIn(areas, horizon).stream().distinct().toList();
    }

    /** The commitments with these ids, open or not (dueDate null when not open). */
    @Transactional(readOnly = true)
    public List<Due> byIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : rows.byIds(ids);
    }
}
