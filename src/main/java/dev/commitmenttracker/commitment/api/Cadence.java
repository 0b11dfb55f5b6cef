package dev.commitmenttracker.commitment.api;

/** How often a commitment promises its planned assurance check. */
public enum Cadence {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    SIX_MONTHLY,
    YEARLY,
    /** A single check, not repeated. */
    ONCE
}
