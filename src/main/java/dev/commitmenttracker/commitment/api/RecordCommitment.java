package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a commitment an Area made in its response to an inspection. */
public record RecordCommitment(@TargetAggregateIdentifier String commitmentId, AreaCode area, List<AreaCode> jointWith,
                               String inspectionId, Integer issueNumber, Theme theme, String text, LocalDate committedOn,
                               LocalDate dueDate, Integer targetCompliance) {
}
