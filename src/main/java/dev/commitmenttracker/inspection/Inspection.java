package dev.commitmenttracker.inspection;

import static dev.commitmenttracker.shared.RuleViolation.requireValid;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.commitmenttracker.inspection.api.InspectionRecorded;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.RecordInspection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An HMCPSI inspection of one Area. Recorded once; its issues are what commitments answer. */
@Aggregate
class Inspection {

    @AggregateIdentifier
    private String id;

    Inspection() {
        // for Axon
    }

    @CommandHandler
    Inspection(RecordInspection cmd) {
        requireValid(cmd.area() != null, "area", "required", "Say which Area was inspected.");
        requireValid(cmd.kind() != null, "kind", "required", "Say what kind of inspection it was.");
        requireValid(
                cmd.title() != null && !cmd.title().isBlank(), "title", "required", "Give the inspection's title.");
        requireValid(cmd.publishedOn() != null, "publishedOn", "required", "Give the date the report was published.");
        List<IssueToAddress> issues = cmd.issues() == null ? List.of() : cmd.issues();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < issues.size(); i++) {
            IssueToAddress issue = issues.get(i);
            String field = "issues[" + i + "]";
            requireValid(
                    issue != null && issue.number() != null && issue.number() >= 1,
                    field + ".number",
                    "required",
                    "Each issue to address has a number from 1.");
            requireValid(
                    numbers.add(issue.number()),
                    field + ".number",
                    "duplicate",
                    "Issue number " + issue.number() + " is given twice.");
            requireValid(
                    issue.text() != null && !issue.text().isBlank(),
                    field + ".text",
                    "required",
                    "Each issue to address has a text.");
            requireValid(issue.theme() != null, field + ".theme", "required", "Each issue to address has a theme.");
        }
        Map<String, ?> ratings = cmd.ratings() == null ? Map.of() : cmd.ratings();
        requireValid(
                ratings.entrySet().stream()
                        .noneMatch(rating ->
                                rating.getKey() == null || rating.getKey().isBlank() || rating.getValue() == null),
                "ratings",
                "invalid",
                "Each rating names its domain and a grade.");
        apply(new InspectionRecorded(
                cmd.inspectionId(),
                cmd.area(),
                cmd.kind(),
                cmd.title().strip(),
                cmd.publishedOn(),
                cmd.ratings() == null ? Map.of() : new LinkedHashMap<>(cmd.ratings()),
                issues.stream()
                        .map(issue ->
                                new IssueToAddress(issue.number(), issue.text().strip(), issue.theme()))
                        .toList()));
    }

    @EventSourcingHandler
    void on(InspectionRecorded event) {
        id = event.inspectionId();
    }
}
