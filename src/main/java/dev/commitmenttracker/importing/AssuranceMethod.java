package dev.commitmenttracker.importing;

/** How delivery of a commitment is to be evidenced. */
public enum AssuranceMethod {
    /** Individual Quality Assessments. */
    IQA,
    /** Dip samples and dip checks, including joint dip sampling with the police. */
    DIP_SAMPLE,
    /** A 100% check. */
    FULL_CHECK,
    /** Quality, assurance or monthly checks carried out by managers. */
    MANAGER_QUALITY_CHECK,
    CASE_MANAGEMENT_PANEL,
    /** Casework quality committees, boards, groups, meetings and monitoring. */
    QUALITY_FORUM,
    /** Any other named mechanism: NFQ process, gap analysis, trackers, scrutiny panel reports. */
    OTHER
}
