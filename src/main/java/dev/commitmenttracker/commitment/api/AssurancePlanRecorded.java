package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AssuranceMethod;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The commitment's planned assurance was recorded, or replaced by a new plan: a check by {@code method} is owed every
 * {@code cadence} from {@code startsOn}. Its business date is {@code plannedOn}, when the plan was decided (the date the
 * commitment was made, for a plan recorded with it).
 */
@Revision("1")
public record AssurancePlanRecorded(
        String commitmentId, AssuranceMethod method, Cadence cadence, LocalDate startsOn, LocalDate plannedOn)
        implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return plannedOn;
    }
}
