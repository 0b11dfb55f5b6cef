package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AssuranceMethod;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record evidence of delivery. expectedVersion, when given, must be the commitment's current version. */
public record RecordEvidence(@TargetAggregateIdentifier String commitmentId, AssuranceMethod method, LocalDate effectiveOn, Integer sampleSize, Integer compliantCount, String summary, String reference, LocalDate on, @TargetAggregateVersion Long expectedVersion) {
}
