package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.BusinessDate;
import dev.commitmenttracker.shared.FreeText;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reopen a closed commitment. expectedVersion, when given, must be the commitment's current version. */
public record ReopenCommitment(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String commitmentId,
        @FreeText String reason,
        @BusinessDate LocalDate on,
        @TargetAggregateVersion Long expectedVersion) {}
