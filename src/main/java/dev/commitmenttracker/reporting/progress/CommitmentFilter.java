package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;

/** What the commitment list is filtered by; null means no filter. Areas come from the {@link AreaScope}. */
public record CommitmentFilter(
        CommitmentStatus status, Theme theme, OwnerRole ownerRole, String inspectionId, Boolean overdue) {}
