package dev.commitmenttracker.inspection.api;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.BusinessDate;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an inspection report of one Area, with its domain ratings and numbered issues to address. */
public record RecordInspection(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String inspectionId,
        AreaCode area,
        InspectionKind kind,
        @OneLine(max = Limits.TITLE) String title,
        @BusinessDate LocalDate publishedOn,
        @Size(max = Limits.RATINGS) Map<@OneLine String, Rating> ratings,
        @Size(max = Limits.ISSUES) List<@Valid IssueToAddress> issues) {}
