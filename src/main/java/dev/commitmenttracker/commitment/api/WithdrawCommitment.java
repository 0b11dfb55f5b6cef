package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraw an open commitment; final. expectedVersion, when given, must be the commitment's current version. */
public record WithdrawCommitment(@TargetAggregateIdentifier String commitmentId, String reason, LocalDate on, @TargetAggregateVersion Long expectedVersion) {
}
