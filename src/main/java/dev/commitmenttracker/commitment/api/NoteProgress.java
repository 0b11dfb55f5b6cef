package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Add a note of progress while the work is under way. expectedVersion, when given, must be the commitment's current version. */
public record NoteProgress(@TargetAggregateIdentifier String commitmentId, String note, LocalDate on, @TargetAggregateVersion Long expectedVersion) {
}
