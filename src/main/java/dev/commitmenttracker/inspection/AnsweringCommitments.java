package dev.commitmenttracker.inspection;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import java.time.LocalDate;
import java.util.List;

/**
 * The commitments that answer an inspection's issues, with their progress. The inspection module asks; reporting,
 * which keeps the commitment-progress projection, answers (so the inspection module knows no commitment internals).
 */
public interface AnsweringCommitments {

    /** One commitment answering an issue, as the commitment-progress projection has it; status is the lifecycle's name. */
    record Answer(String commitmentId, Integer issueNumber, AreaCode area, String text, String status, OwnerRole ownerRole,
                  String ownerName, LocalDate dueDate, boolean overdue) {
    }

    /** Every commitment recorded against the inspection, by issue number then due date. */
    List<Answer> answering(String inspectionId);
}
