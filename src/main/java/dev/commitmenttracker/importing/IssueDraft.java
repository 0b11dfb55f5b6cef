package dev.commitmenttracker.importing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.Theme;
import java.util.List;

/**
 * One numbered finding of the report (an issue to address, a recommendation or an aspect for improvement) and the
 * commitments the response makes about it.
 *
 * @param number      the inspectorate's number for the finding ("(c)" is 3)
 * @param text        the finding as worded in its numbered heading, without the number
 * @param theme       what the finding is about
 * @param jointWith   other Areas the response says it is joint with
 * @param commitments commitment sentences answering the finding, in document order
 * @param kind        how the report states it; null is read as an issue to address
 * @param forCps      whether the finding is addressed to the CPS (alone or with others)
 * @param addressedTo who the finding is addressed to when it names someone ("Police forces", "The CPS and the
 *                    police"); null when it names no one
 * @param grade       for a follow-up, the inspectorate's grade of the earlier recommendation; else null
 */
@JsonPropertyOrder({"number", "text", "kind", "for_cps", "addressed_to", "grade", "theme", "joint_with", "commitments"})
public record IssueDraft(
        int number,
        String text,
        Theme theme,
        @JsonProperty("joint_with") List<String> jointWith,
        List<CommitmentDraft> commitments,
        FindingKind kind,
        @JsonProperty("for_cps") Boolean forCps,
        @JsonProperty("addressed_to") String addressedTo,
        FollowUpGrade grade) {

    @JsonCreator
    public IssueDraft {
        jointWith = jointWith == null ? List.of() : List.copyOf(jointWith);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        kind = kind == null ? FindingKind.ISSUE_TO_ADDRESS : kind;
        forCps = forCps == null ? Boolean.TRUE : forCps;
    }

    /** An issue to address of an Area inspection, addressed to the CPS. */
    public IssueDraft(int number, String text, Theme theme, List<String> jointWith, List<CommitmentDraft> commitments) {
        this(number, text, theme, jointWith, commitments, FindingKind.ISSUE_TO_ADDRESS, true, null, null);
    }
}
