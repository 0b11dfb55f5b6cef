package dev.commitmenttracker.shared;

/** How delivery of a commitment is evidenced. Only sampled methods carry compliance figures. */
public enum AssuranceMethod {
    IQA(true),
    DIP_SAMPLE(true),
    FULL_CHECK(false),
    MANAGER_QUALITY_CHECK(false),
    CASE_MANAGEMENT_PANEL(false),
    QUALITY_FORUM(false),
    OTHER(false);

    private final boolean sampled;

    AssuranceMethod(boolean sampled) {
        this.sampled = sampled;
    }

    /** IQA and dip samples must say how many cases were looked at and how many met the standard. */
    public boolean sampled() {
        return sampled;
    }
}
