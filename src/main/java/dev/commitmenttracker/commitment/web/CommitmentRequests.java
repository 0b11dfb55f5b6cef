package dev.commitmenttracker.commitment.web;

import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The bodies the commitment API accepts. Every act takes an optional {@code on}: its business date, default today. */
final class CommitmentRequests {

    private CommitmentRequests() {}

    @Schema(name = "CommitmentCreate")
    record Create(
            String id,
            AreaCode area,
            List<AreaCode> jointWith,
            String inspectionId,
            Integer issueNumber,
            Theme theme,
            String text,
            LocalDate committedOn,
            LocalDate dueDate,
            Integer targetCompliance,
            FindingKind findingKind,

            AssurancePlan assurancePlan) {}

    /** A new or replacing assurance plan, decided {@code on} (default today). */
    record AssurancePlanning(AssuranceMethod method, Cadence cadence, LocalDate startsOn, LocalDate on) {}

    record Assignment(OwnerRole ownerRole, String ownerName, LocalDate on) {}

    record Start(LocalDate on) {}

    record ProgressNote(String note, LocalDate on) {}

    record EvidenceRecord(
            AssuranceMethod method,
            LocalDate effectiveOn,
            Integer sampleSize,
            Integer compliantCount,
            String summary,
            String reference,
            LocalDate on) {}

    record Closure(String rationale, LocalDate on) {}

    record Reopening(String reason, LocalDate on) {}

    /**
     * A new due date, decided {@code on} (default today). A due date already past is refused unless
     * {@code recordOfEarlierDecision} is true: the request records a decision made earlier, on {@code on}.
     */
    record DueDate(LocalDate dueDate, String reason, LocalDate on, Boolean recordOfEarlierDecision) {}

    record Withdrawal(String reason, LocalDate on) {}

    record FollowUpJudgement(FollowUpGrade grade, String note, LocalDate judgedOn) {}

    @Schema(name = "CommitmentCreated")
    record Created(String id) {}
}
