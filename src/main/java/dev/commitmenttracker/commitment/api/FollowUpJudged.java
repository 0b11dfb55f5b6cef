package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The inspectorate judged progress on the commitment at follow-up. A separate fact from the Area closing it:
 * "closed by the Area" and "verified by the inspectorate" stay two things.
 */
@Revision("1")
public record FollowUpJudged(String commitmentId, FollowUpGrade grade, String note, LocalDate judgedOn)
        implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return judgedOn;
    }
}
