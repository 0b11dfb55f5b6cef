package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Move the due date of an open commitment. expectedVersion, when given, must be the commitment's current version. */
public record ReviseDueDate(@TargetAggregateIdentifier String commitmentId, LocalDate dueDate, String reason, LocalDate on, @TargetAggregateVersion Long expectedVersion) {
}
