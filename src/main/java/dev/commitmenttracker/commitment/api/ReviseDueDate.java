package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Move the due date of an open commitment, as decided {@code on}. A new due date already past on {@code requestedOn}
 * (today by the tracker's clock when the request arrived) is refused unless {@code recordOfEarlierDecision} says the
 * request records a decision made earlier, on {@code on}; requestedOn may then be null. expectedVersion, when given,
 * must be the commitment's current version.
 */
public record ReviseDueDate(@TargetAggregateIdentifier String commitmentId, LocalDate dueDate, String reason, LocalDate on,
                            boolean recordOfEarlierDecision, LocalDate requestedOn, @TargetAggregateVersion Long expectedVersion) {
}
