package dev.commitmenttracker.inspection.api;

import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An inspection as its events make it. */
public record InspectionState(
        String id,
        AreaCode area,
        InspectionKind kind,
        String title,
        LocalDate publishedOn,
        Map<String, Rating> ratings,
        List<IssueToAddress> issues,
        String followsUp,
        List<FindingGrade> grades) {

    public static InspectionState of(InspectionRecorded e) {
        return new InspectionState(
                e.inspectionId(),
                e.area(),
                e.kind(),
                e.title(),
                e.publishedOn(),
                e.ratings() == null ? Map.of() : e.ratings(),
                e.issues() == null ? List.of() : e.issues(),
                e.followsUp(),
                e.grades() == null ? List.of() : e.grades());
    }

    /** Folds a whole stream; empty when the stream is empty. */
    public static Optional<InspectionState> replay(Iterable<?> events) {
        InspectionState state = null;
        for (Object event : events) {
            if (event instanceof InspectionRecorded recorded) {
                state = of(recorded);
            }
        }
        return Optional.ofNullable(state);
    }

    /** The issue to address with this number. */
    public Optional<IssueToAddress> issue(int number) {
        return finding(FindingKind.ISSUE_TO_ADDRESS, number);
    }

    /** The finding of this kind (an issue to address when null) and number. */
    public Optional<IssueToAddress> finding(FindingKind kind, Integer number) {
        return issues.stream().filter(issue -> issue.is(kind, number)).findFirst();
    }
}
