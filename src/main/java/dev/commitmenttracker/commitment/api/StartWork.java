package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Start work on an assigned commitment. expectedVersion, when given, must be the commitment's current version. */
public record StartWork(@TargetAggregateIdentifier String commitmentId, LocalDate on, @TargetAggregateVersion Long expectedVersion) {
}
