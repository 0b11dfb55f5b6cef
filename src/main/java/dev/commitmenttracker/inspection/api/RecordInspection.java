package dev.commitmenttracker.inspection.api;

import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an inspection report of one Area, with its domain ratings and numbered issues to address. */
public record RecordInspection(@TargetAggregateIdentifier String inspectionId, AreaCode area, InspectionKind kind, String title,
                               LocalDate publishedOn, Map<String, Rating> ratings, List<IssueToAddress> issues) {
}
