package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.BusinessDate;
import dev.commitmenttracker.shared.DateWindow;
import dev.commitmenttracker.shared.FreeText;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import dev.commitmenttracker.shared.Theme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a commitment a unit made in its response to an inspection. It answers the finding of that inspection named by
 * {@code findingKind} and {@code issueNumber} (an issue to address when the kind is omitted), or none, and promises
 * the planned assurance {@code assurancePlan} when it names one (optional).
 */
public record RecordCommitment(
        @TargetAggregateIdentifier @OneLine(max = Limits.ID) String commitmentId,
        AreaCode area,
        @Size(max = Limits.JOINT_AREAS) List<AreaCode> jointWith,
        @OneLine(max = Limits.ID) String inspectionId,
        @Min(1) @Max(Limits.ISSUE_NUMBER) Integer issueNumber,
        Theme theme,
        @FreeText String text,
        @BusinessDate LocalDate committedOn,
        @DateWindow LocalDate dueDate,
        @Min(0) @Max(100) Integer targetCompliance,
        FindingKind findingKind,
        @Valid AssurancePlan assurancePlan) {

    /** A commitment answering an issue to address (when it names an issue number) and promising no planned assurance. */
    public RecordCommitment(
            String commitmentId,
            AreaCode area,
            List<AreaCode> jointWith,
            String inspectionId,
            Integer issueNumber,
            Theme theme,
            String text,
            LocalDate committedOn,
            LocalDate dueDate,
            Integer targetCompliance) {
        this(
                commitmentId,
                area,
                jointWith,
                inspectionId,
                issueNumber,
                theme,
                text,
                committedOn,
                dueDate,
                targetCompliance,
                null,
                null);
    }
}
