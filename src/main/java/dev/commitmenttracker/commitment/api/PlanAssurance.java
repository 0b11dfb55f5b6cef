package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.BusinessDate;
import dev.commitmenttracker.shared.DateWindow;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record or replace the commitment's planned assurance, as decided {@code on}. expectedVersion, when given, must be the
 * commitment's current version.
 */
public record PlanAssurance(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String commitmentId,
        AssuranceMethod method,
        Cadence cadence,
        @DateWindow LocalDate startsOn,
        @BusinessDate LocalDate on,
        @TargetAggregateVersion Long expectedVersion) {

    public AssurancePlan plan() {
        return new AssurancePlan(method, cadence, startsOn);
    }
}
