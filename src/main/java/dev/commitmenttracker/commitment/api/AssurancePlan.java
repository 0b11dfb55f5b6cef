package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.DateWindow;
import java.time.LocalDate;

/**
 * The assurance a commitment promises: which check, how often, from when. Each part is required (the commitment says
 * so, with {@code required}); the start may lie in the future but not before the commitment was made.
 *
 * @param method   the check, from the assurance vocabulary
 * @param cadence  how often it is owed
 * @param startsOn the first day a check is owed for
 */
public record AssurancePlan(
        AssuranceMethod method, Cadence cadence, @DateWindow LocalDate startsOn) {

    /** The plan an event records. */
    public static AssurancePlan of(AssurancePlanRecorded event) {
        return new AssurancePlan(event.method(), event.cadence(), event.startsOn());
    }
}
