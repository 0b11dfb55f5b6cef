package dev.commitmenttracker.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.commitmenttracker.shared.Theme;
import java.util.List;

/**
 * One numbered issue to address and the commitments the response makes about it.
 *
 * @param number      the inspectorate's number for the issue
 * @param text        the issue as worded in its numbered heading, without the number
 * @param theme       what the issue is about
 * @param jointWith   other Areas the response says it is joint with
 * @param commitments commitment sentences answering the issue, in document order
 */
@JsonPropertyOrder({"number", "text", "theme", "joint_with", "commitments"})
public record IssueDraft(
        int number,
        String text,
        Theme theme,
        @JsonProperty("joint_with") List<String> jointWith,
        List<CommitmentDraft> commitments) {

    public IssueDraft {
        jointWith = List.copyOf(jointWith);
        commitments = List.copyOf(commitments);
    }
}
