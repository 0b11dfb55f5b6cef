package dev.commitmenttracker.commitment.api;

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
 * Record a commitment an Area made in its response to an inspection, with the assurance it promises when it names one
 * ({@code assurancePlan}, optional).
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
        @Valid AssurancePlan assurancePlan) {

    /** A commitment that promises no planned assurance. */
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
                null);
    }
}
