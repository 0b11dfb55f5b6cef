package dev.commitmenttracker.commitment.web;

import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.DueDateRevision;
import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.commitment.api.VersionedCommitment;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A commitment as the API shows it, with what may be done to it next and its version (also the ETag). closureRationale
 * and closedOn are those of the closure in force (none once reopened); latestClosure and latestReopening are the most
 * recent of each, kept after a reopening or a later closure. assurancePlan is the plan in force (null when none).
 */
record CommitmentView(
        String id,
        AreaCode area,
        List<AreaCode> jointWith,
        String inspectionId,
        Integer issueNumber,
        Theme theme,
        String text,
        CommitmentStatus status,
        OwnerRole ownerRole,
        String ownerName,
        LocalDate committedOn,
        LocalDate dueDate,
        LocalDate originalDueDate,
        Integer targetCompliance,
        AssurancePlan assurancePlan,
        List<EvidenceView> evidence,
        List<CommitmentState.ProgressNote> progressNotes,
        List<DueDateRevision> dueDateRevisions,
        String closureRationale,
        LocalDate closedOn,
        String withdrawalReason,
        List<CommitmentState.FollowUpJudgement> followUpJudgements,
        CommitmentState.Closure latestClosure,
        CommitmentState.Reopening latestReopening,
        List<String> allowedActs,
        long version) {

    record EvidenceView(
            AssuranceMethod method,
            LocalDate effectiveOn,
            Integer sampleSize,
            Integer compliantCount,
            BigDecimal compliancePercent,
            String summary,
            String reference,
            LocalDate recordedOn) {

        static EvidenceView of(Evidence e) {
            return new EvidenceView(
                    e.method(),
                    e.effectiveOn(),
                    e.sampleSize(),
                    e.compliantCount(),
                    e.compliancePercent(),
                    e.summary(),
                    e.reference(),
                    e.recordedOn());
        }
    }

    static CommitmentView of(VersionedCommitment versioned) {
        CommitmentState s = versioned.state();
        return new CommitmentView(
                s.id(),
                s.area(),
                s.jointWith(),
                s.inspectionId(),
                s.issueNumber(),
                s.theme(),
                s.text(),
                s.status(),
                s.ownerRole(),
                s.ownerName(),
                s.committedOn(),
                s.dueDate(),
                s.originalDueDate(),
                s.targetCompliance(),
                s.assurancePlan(),
                s.evidence().stream().map(EvidenceView::of).toList(),
                s.progressNotes(),
                s.dueDateRevisions(),
                s.closureRationale(),
                s.closedOn(),
                s.withdrawalReason(),
                s.followUpJudgements(),
                s.latestClosure(),
                s.latestReopening(),
                s.status().allowedActs().stream()
                        .map(CommitmentStatus.Act::code)
                        .toList(),
                versioned.version());
    }
}
