package dev.commitmenttracker.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * The commitments that answer an inspection's issues, with their progress: the one question the inspection module
 * asks of reporting, which keeps the commitment-progress projection. It lives here because neither module may know
 * the other; it carries only shared value types (the status by its name).
 */
public interface AnsweringCommitments {

    /** One commitment answering an issue, as the commitment-progress projection has it; status is the lifecycle's name, findingKind the
     * kind of finding answered by its name (ISSUE_TO_ADDRESS, RECOMMENDATION...; null without an issue number). */
    record Answer(
            String commitmentId,
            Integer issueNumber,
            String findingKind,
            AreaCode area,
            String text,
            String status,
            OwnerRole ownerRole,
            String ownerName,
            LocalDate dueDate,
            boolean overdue) {}

    /** Every commitment recorded against the inspection, by issue number then due date. */
    List<Answer> answering(String inspectionId);
}
