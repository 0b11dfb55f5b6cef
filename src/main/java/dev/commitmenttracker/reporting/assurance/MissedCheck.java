package dev.commitmenttracker.reporting.assurance;

import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;

/**
 * One check a commitment's plan owed for a period and did not get (see {@link MissedPeriods} for the rules).
 *
 * @param commitmentId the commitment
 * @param area         the commitment's own Area (also for a joint commitment listed under another Area)
 * @param theme        the commitment's theme
 * @param ownerRole    who owns the commitment now; null while unassigned
 * @param method       the planned assurance method
 * @param cadence      the planned cadence
 * @param periodStart  the first day of the period (the plan's start for its first, partial, period)
 * @param periodEnd    the last day of the period
 */
public record MissedCheck(
        String commitmentId,
        AreaCode area,
        Theme theme,
        OwnerRole ownerRole,
        AssuranceMethod method,
        Cadence cadence,
        LocalDate periodStart,
        LocalDate periodEnd) {}
