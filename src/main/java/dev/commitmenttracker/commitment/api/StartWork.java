package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.BusinessDate;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Start work on an assigned commitment. expectedVersion, when given, must be the commitment's current version. */
public record StartWork(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String commitmentId,
        @BusinessDate LocalDate on,
        @TargetAggregateVersion Long expectedVersion) {}
