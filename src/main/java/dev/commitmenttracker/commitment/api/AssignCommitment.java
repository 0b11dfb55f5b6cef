package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.BusinessDate;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import dev.commitmenttracker.shared.OwnerRole;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Give the commitment to an owner role and optionally a named person. expectedVersion, when given, must be the commitment's current version. */
public record AssignCommitment(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String commitmentId,
        OwnerRole ownerRole,
        @OneLine String ownerName,
        @BusinessDate LocalDate on,
        @TargetAggregateVersion Long expectedVersion) {}
