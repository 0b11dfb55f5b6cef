package dev.commitmenttracker.reporting.assurance;

import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;

/** A period of a commitment's assurance plan that ended (with its grace) without evidence of the planned method. */
public record MissedCheck(
        String commitmentId,
        AreaCode area,
        Theme theme,
        OwnerRole ownerRole,
        AssuranceMethod method,
        Cadence cadence,
        LocalDate periodStart,
        LocalDate periodEnd) {}
