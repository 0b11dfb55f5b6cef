package dev.commitmenttracker.inspection;

import static dev.commitmenttracker.shared.RuleViolation.requireValid;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.commitmenttracker.inspection.api.FindingGrade;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionRecorded;
import dev.commitmenttracker.inspection.api.InspectionState;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.RecordInspection;
import dev.commitmenttracker.shared.RuleViolation;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An HMCPSI inspection of one unit. Recorded once; its findings for the CPS are what commitments answer. */
@Aggregate
class Inspection {

    @AggregateIdentifier
    private String id;

    Inspection() {
        // for Axon
    }

    @CommandHandler
    Inspection(RecordInspection cmd, PublishedInspections published) {
        requireValid(cmd.area() != null, "area", "required", "Say which unit was inspected.");
        requireValid(cmd.kind() != null, "kind", "required", "Say what kind of inspection it was.");
        requireValid(
                cmd.title() != null && !cmd.title().isBlank(), "title", "required", "Give the inspection's title.");
        requireValid(cmd.publishedOn() != null, "publishedOn", "required", "Give the date the report was published.");
        List<IssueToAddress> issues = cmd.issues() == null ? List.of() : cmd.issues();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < issues.size(); i++) {
            IssueToAddress issue = issues.get(i);
            String field = "issues[" + i + "]";
            requireValid(
                    issue != null && issue.number() != null && issue.number() >= 1,
                    field + ".number",
                    "required",
                    "Each finding has a number from 1.");
            requireValid(
                    numbers.add(issue.kind() + " " + issue.number()),
                    field + ".number",
                    "duplicate",
                    (issue.kind() == FindingKind.ISSUE_TO_ADDRESS ? "Issue number" : label(issue.kind())) + " "
                            + issue.number() + " is given twice.");
            requireValid(
                    issue.text() != null && !issue.text().isBlank(),
                    field + ".text",
                    "required",
                    "Each finding has a text.");
            requireValid(issue.theme() != null, field + ".theme", "required", "Each finding has a theme.");
        }
        Map<String, ?> ratings = cmd.ratings() == null ? Map.of() : cmd.ratings();
        requireValid(
                ratings.entrySet().stream()
                        .noneMatch(rating ->
                                rating.getKey() == null || rating.getKey().isBlank() || rating.getValue() == null),
                "ratings",
                "invalid",
                "Each rating names its domain and a grade.");
        List<FindingGrade> grades = cmd.grades() == null ? List.of() : cmd.grades();
        String followsUp = blankToNull(cmd.followsUp());
        if (followsUp != null) {
            requireFollowsUp(cmd, followsUp, grades, published);
        } else {
            requireValid(
                    grades.isEmpty(),
                    "followsUp",
                    "required",
                    "Grades are given to the findings of an earlier inspection: name it in followsUp.");
        }
        apply(new InspectionRecorded(
                cmd.inspectionId(),
                cmd.area(),
                cmd.kind(),
                cmd.title().strip(),
                cmd.publishedOn(),
                cmd.ratings() == null ? Map.of() : new LinkedHashMap<>(cmd.ratings()),
                issues.stream()
                        .map(issue -> new IssueToAddress(
                                issue.number(),
                                issue.text().strip(),
                                issue.theme(),
                                issue.kind(),
                                issue.forCps(),
                                blankToNull(issue.addressedTo())))
                        .toList(),
                followsUp,
                grades.stream()
                        .map(grade -> new FindingGrade(
                                grade.findingKind(), grade.number(), grade.grade(), blankToNull(grade.note())))
                        .toList()));
    }

    /**
     * A follow-up names an earlier inspection of the same unit, published before it, and grades only that inspection's
     * findings, each once.
     */
    private static void requireFollowsUp(
            RecordInspection cmd, String followsUp, List<FindingGrade> grades, PublishedInspections published) {
        requireValid(
                cmd.kind() == InspectionKind.FOLLOW_UP,
                "followsUp",
                "not-follow-up",
                "Only a follow-up inspection follows up another; this one is " + cmd.kind() + ".");
        requireValid(
                !followsUp.equals(cmd.inspectionId()), "followsUp", "self", "An inspection cannot follow up itself.");
        InspectionState earlier = published
                .find(followsUp)
                .orElseThrow(() -> RuleViolation.invalid(
                        "validation.unknown-inspection",
                        "followsUp",
                        "No inspection is recorded under id " + followsUp + "."));
        requireValid(
                earlier.area() == cmd.area(),
                "followsUp",
                "other-unit",
                "Inspection " + followsUp + " is of " + earlier.area() + ", not of " + cmd.area()
                        + ": a follow-up inspection follows up an inspection of its own unit.");
        requireValid(
                earlier.publishedOn().isBefore(cmd.publishedOn()),
                "followsUp",
                "not-earlier",
                "Inspection " + followsUp + " was published on " + earlier.publishedOn()
                        + ": a follow-up follows up an inspection published before it (" + cmd.publishedOn() + ").");
        Set<String> graded = new HashSet<>();
        for (int i = 0; i < grades.size(); i++) {
            FindingGrade grade = grades.get(i);
            String field = "grades[" + i + "]";
            requireValid(grade != null && grade.grade() != null, field + ".grade", "required", "Give the grade.");
            requireValid(
                    grade.number() != null
                            && earlier.finding(grade.findingKind(), grade.number())
                                    .isPresent(),
                    field + ".number",
                    "unknown-finding",
                    "Inspection " + followsUp + " has no "
                            + label(grade.findingKind()).toLowerCase(Locale.ROOT) + " numbered " + grade.number()
                            + ".");
            requireValid(
                    graded.add(grade.findingKind() + " " + grade.number()),
                    field + ".number",
                    "duplicate",
                    label(grade.findingKind()) + " " + grade.number() + " is graded twice.");
        }
    }

    private static String label(FindingKind kind) {
        return switch (kind) {
            case ISSUE_TO_ADDRESS -> "Issue to address";
            case RECOMMENDATION -> "Recommendation";
            case ASPECT_FOR_IMPROVEMENT -> "Aspect for improvement";
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(InspectionRecorded event) {
        id = event.inspectionId();
    }
}
