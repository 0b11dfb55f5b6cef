package dev.commitmenttracker.commitment.api;

/** The inspectorate's judgement of progress on a commitment at follow-up. */
public enum FollowUpGrade {
    NO_MEANINGFUL_PROGRESS,
    INSUFFICIENT_PROGRESS,
    REASONABLE_PROGRESS,
    GOOD_PROGRESS
}
