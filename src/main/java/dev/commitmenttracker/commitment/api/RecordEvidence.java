package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.BusinessDate;
import dev.commitmenttracker.shared.FreeText;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record evidence of delivery. expectedVersion, when given, must be the commitment's current version. */
public record RecordEvidence(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String commitmentId,
        AssuranceMethod method,
        @BusinessDate LocalDate effectiveOn,
        @Min(1) @Max(Limits.SAMPLE_SIZE) Integer sampleSize,
        @Min(0) @Max(Limits.SAMPLE_SIZE) Integer compliantCount,
        @FreeText String summary,
        @OneLine String reference,
        @BusinessDate LocalDate on,
        @TargetAggregateVersion Long expectedVersion) {}
