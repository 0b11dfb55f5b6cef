package dev.commitmenttracker.inspection.api;

/** How an inspection report states a numbered finding the response answers. */
public enum FindingKind {
    /** "Issue to address": the Area inspection programme's and Area assurance inspections' findings. */
    ISSUE_TO_ADDRESS,
    /** A recommendation, as thematic and national reports state them; some are addressed to others than the CPS. */
    RECOMMENDATION,
    /** An aspect for improvement: a lesser finding, still answered. */
    ASPECT_FOR_IMPROVEMENT
}
