package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.List;

/** One commitment in the commitment list; {@code overdue} is as of today. */
public record CommitmentListing(String id, AreaCode area, List<AreaCode> jointWith, String inspectionId, Integer issueNumber,
                                Theme theme, String text, CommitmentStatus status, OwnerRole ownerRole, String ownerName,
                                LocalDate committedOn, LocalDate dueDate, LocalDate originalDueDate, int dueDateRevisions,
                                boolean overdue) {
}
