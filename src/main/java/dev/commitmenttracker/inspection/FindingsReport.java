package dev.commitmenttracker.inspection;

import dev.commitmenttracker.inspection.api.FindingGrade;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionState;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.shared.AnsweringCommitments;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Per finding of an inspection: what it says, whom it is addressed to, the commitments answering it and the latest
 * grade a follow-up inspection gave it. Built from read models that are rebuilt from events: the inspection's own
 * events, the inspections projection (which inspections follow it up) and the commitment-progress projection (the
 * commitments answering it, {@link AnsweringCommitments}); it keeps nothing of its own.
 */
@Service
public class FindingsReport {

    /** The report of one inspection's findings. */
    public record Report(
            String inspectionId,
            AreaCode area,
            InspectionKind kind,
            String title,
            LocalDate publishedOn,
            String followsUp,
            List<String> followedUpBy,
            List<Finding> findings) {}

    /** One finding, the commitments answering it and its latest follow-up grade (null when none graded it). */
    public record Finding(
            FindingKind kind,
            Integer number,
            String text,
            Theme theme,
            boolean forCps,
            String addressedTo,
            List<Commitment> commitments,
            Grade latestGrade) {}

    /** A commitment answering a finding; status is the lifecycle's name. */
    public record Commitment(String id, String text, String status, OwnerRole ownerRole, LocalDate dueDate) {}

    /** A follow-up inspection's grade of a finding, judged on the follow-up's publication date. */
    public record Grade(FollowUpGrade grade, String note, String followUpInspectionId, LocalDate judgedOn) {}

    private final InspectionService inspections;
    private final InspectionList list;
    private final AnsweringCommitments answers;

    FindingsReport(InspectionService inspections, InspectionList list, AnsweringCommitments answers) {
        this.inspections = inspections;
        this.list = list;
        this.answers = answers;
    }

    /** The report, for a user who may read the inspection's unit (else refused as {@link InspectionService#get}). */
    public Report of(String inspectionId) {
        InspectionState inspection = inspections.get(inspectionId);
        List<String> followedUpBy = list.followUpsOf(inspectionId);
        List<InspectionState> followUps = followedUpBy.stream()
                .map(inspections::find)
                .flatMap(Optional::stream)
                .toList();
        List<AnsweringCommitments.Answer> answering = answers.answering(inspectionId);
        List<Finding> findings = new ArrayList<>();
        for (IssueToAddress issue : inspection.issues()) {
            List<Commitment> commitments = answering.stream()
                    .filter(answer -> issue.number().equals(answer.issueNumber())
                            && issue.kind().name().equals(answer.findingKind()))
                    .map(answer -> new Commitment(
                            answer.commitmentId(),
                            answer.text(),
                            answer.status(),
                            answer.ownerRole(),
                            answer.dueDate()))
                    .toList();
            findings.add(new Finding(
                    issue.kind(),
                    issue.number(),
                    issue.text(),
                    issue.theme(),
                    issue.forCps(),
                    issue.addressedTo(),
                    commitments,
                    latestGrade(issue, followUps)));
        }
        return new Report(
                inspection.id(),
                inspection.area(),
                inspection.kind(),
                inspection.title(),
                inspection.publishedOn(),
                inspection.followsUp(),
                followedUpBy,
                findings);
    }

    private static Grade latestGrade(IssueToAddress issue, List<InspectionState> followUps) {
        Grade latest = null;
        for (InspectionState followUp : followUps) {
            for (FindingGrade grade : followUp.grades()) {
                if (issue.is(grade.findingKind(), grade.number())) {
                    Grade candidate = new Grade(grade.grade(), grade.note(), followUp.id(), followUp.publishedOn());
                    if (latest == null || Comparator.comparing(Grade::judgedOn).compare(candidate, latest) >= 0) {
                        latest = candidate;
                    }
                }
            }
        }
        return latest;
    }
}
