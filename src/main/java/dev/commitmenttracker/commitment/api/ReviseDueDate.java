package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.BusinessDate;
import dev.commitmenttracker.shared.DateWindow;
import dev.commitmenttracker.shared.FreeText;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Move the due date of an open commitment, as decided {@code on}. A new due date already past on {@code requestedOn}
 * (today by the tracker's clock when the request arrived) is refused unless {@code recordOfEarlierDecision} says the
 * request records a decision made earlier, on {@code on}; requestedOn may then be null. expectedVersion, when given,
 * must be the commitment's current version.
 */
public record ReviseDueDate(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String commitmentId,
        @DateWindow LocalDate dueDate,
        @FreeText String reason,
        @BusinessDate LocalDate on,
        boolean recordOfEarlierDecision,
        @DateWindow LocalDate requestedOn,
        @TargetAggregateVersion Long expectedVersion) {}
