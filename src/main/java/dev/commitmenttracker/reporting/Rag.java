package dev.commitmenttracker.reporting;

/**
 * Red, amber, green: the one rule every report applies (docs/reporting.md). RED when any commitment is overdue;
 * AMBER when none is overdue but one is due within the next 30 days and not yet evidenced (still COMMITTED, ASSIGNED
 * or IN_PROGRESS); GREEN otherwise.
 */
public enum Rag {
    RED,
    AMBER,
    GREEN;

    public static Rag of(long overdue, long dueNext30DaysNotEvidenced) {
        if (overdue > 0) {
            return RED;
        }
        return dueNext30DaysNotEvidenced > 0 ? AMBER : GREEN;
    }
}
