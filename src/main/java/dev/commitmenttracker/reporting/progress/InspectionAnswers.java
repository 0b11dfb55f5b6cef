package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.shared.AnsweringCommitments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers the inspection module from the commitment-progress projection: the commitments recorded against an inspection. */
@Service
@Transactional(readOnly = true)
class InspectionAnswers implements AnsweringCommitments {

    private final ProgressReports progress;
    private final ProgressCommitmentRows rows;

    InspectionAnswers(ProgressReports progress, ProgressCommitmentRows rows) {
        this.progress = progress;
        this.rows = rows;
    }

    @Override
    public List<Answer> answering(String inspectionId) {
        CommitmentFilter filter = new CommitmentFilter(null, null, null, inspectionId, null);
        Map<String, String> kinds = new HashMap<>();
        for (Object[] kind : rows.findingKinds(inspectionId)) {
            kinds.put((String) kind[0], kind[1] == null ? "ISSUE_TO_ADDRESS" : (String) kind[1]);
        }
        List<Answer> answers = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<CommitmentListing> found = progress.list(AreaScope.everyArea(), filter, page, 500, null)
                    .items();
            found.forEach(c -> answers.add(new Answer(
                    c.id(),
                    c.issueNumber(),
                    c.issueNumber() == null ? null : kinds.getOrDefault(c.id(), "ISSUE_TO_ADDRESS"),
                    c.area(),
                    c.text(),
                    c.status().name(),
                    c.ownerRole(),
                    c.ownerName(),
                    c.dueDate(),
                    c.overdue())));
            if (found.size() < 500) {
                break;
            }
        }
        answers.sort(Comparator.comparing(Answer::issueNumber, Comparator.nullsLast(Comparator.naturalOrder())));
        return answers;
    }
}
