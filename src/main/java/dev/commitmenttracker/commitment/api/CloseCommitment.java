package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Close an evidenced commitment as delivered. expectedVersion, when given, must be the commitment's current version. */
public record CloseCommitment(@TargetAggregateIdentifier String commitmentId, String rationale, LocalDate on, @TargetAggregateVersion Long expectedVersion) {
}
