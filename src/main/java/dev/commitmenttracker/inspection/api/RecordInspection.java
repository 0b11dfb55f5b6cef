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

/**
 * Record an inspection report of one unit, with its domain ratings and numbered findings. A follow-up inspection
 * ({@link InspectionKind#FOLLOW_UP}) may name the inspection it follows up ({@code followsUp}) and grade its findings.
 */
public record RecordInspection(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String inspectionId,
        AreaCode area,
        InspectionKind kind,
        @OneLine(max = Limits.TITLE) String title,
        @BusinessDate LocalDate publishedOn,
        @Size(max = Limits.RATINGS) Map<@OneLine String, Rating> ratings,
        @Size(max = Limits.ISSUES) List<@Valid IssueToAddress> issues,
        @OneLine(max = Limits.ID) String followsUp,
        @Size(max = Limits.ISSUES) List<@Valid FindingGrade> grades) {

    /** An inspection that follows up none. */
    public RecordInspection(
            String inspectionId,
            AreaCode area,
            InspectionKind kind,
            String title,
            LocalDate publishedOn,
            Map<String, Rating> ratings,
            List<IssueToAddress> issues) {
        this(inspectionId, area, kind, title, publishedOn, ratings, issues, null, null);
    }
}
