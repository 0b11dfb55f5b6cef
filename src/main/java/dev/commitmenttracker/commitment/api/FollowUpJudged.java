package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.FollowUpGrade;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The inspectorate judged progress on the commitment at follow-up. A separate fact from the Area closing it:
 * "closed by the Area" and "verified by the inspectorate" stay two things. {@code followUpInspectionId} names the
 * follow-up inspection whose grade of the finding this is (null for a judgement recorded by itself); revision 2 added
 * it, and revision 1 is upcast with none.
 */
@Revision("2")
public record FollowUpJudged(
        String commitmentId, FollowUpGrade grade, String note, LocalDate judgedOn, String followUpInspectionId)
        implements CommitmentEvent {

    /** A judgement recorded by itself, not from a follow-up inspection: the shape of revision 1. */
    public FollowUpJudged(String commitmentId, FollowUpGrade grade, String note, LocalDate judgedOn) {
        this(commitmentId, grade, note, judgedOn, null);
    }

    @Override
    public LocalDate businessDate() {
        return judgedOn;
    }
}
