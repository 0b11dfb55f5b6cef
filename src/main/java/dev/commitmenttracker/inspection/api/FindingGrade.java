package dev.commitmenttracker.inspection.api;

import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.FreeText;
import dev.commitmenttracker.shared.Limits;
import jakarta.validation.constraints.Max;

/**
 * A follow-up inspection's grade of one finding of the inspection it follows up, named by kind and number (an omitted
 * kind is an issue to address), with the inspectorate's note.
 */
public record FindingGrade(
        FindingKind findingKind,
        @Max(Limits.ISSUE_NUMBER) Integer number,
        FollowUpGrade grade,
        @FreeText String note) {

    public FindingGrade {
        findingKind = findingKind == null ? FindingKind.ISSUE_TO_ADDRESS : findingKind;
    }
}
