package dev.commitmenttracker.shared;

/**
 * The inspectorate's judgement of progress on a commitment at follow-up: the four progress grades of an Area
 * follow-up, or how far a recommendation was achieved, as thematic follow-up inspections grade it.
 */
public enum FollowUpGrade {
    NO_MEANINGFUL_PROGRESS,
    INSUFFICIENT_PROGRESS,
    REASONABLE_PROGRESS,
    GOOD_PROGRESS,
    ACHIEVED,
    PARTIALLY_ACHIEVED,
    NOT_ACHIEVED,
    NO_LONGER_APPLICABLE
}
