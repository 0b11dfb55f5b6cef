package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AssuranceMethod;
import java.time.LocalDate;

/**
 * The assurance a commitment promises: which check, how often, from when.
 *
 * @param method   the check, from the assurance vocabulary
 * @param cadence  how often it is owed
 * @param startsOn the first day a check is owed for
 */
public record AssurancePlan(AssuranceMethod method, Cadence cadence, LocalDate startsOn) {}
