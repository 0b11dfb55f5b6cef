package dev.commitmenttracker.reporting.progress;

/**
 * Red, amber, green: the one rule every report applies (docs/reporting.md). RED when any commitment is overdue;
 * AMBER when none is overdue but one is due soon (within the due-soon window, 30 days unless set) and not yet evidenced (still COMMITTED, ASSIGNED
 * or IN_PROGRESS); GREEN otherwise.
 */
public enum Rag {
    RED,
    AMBER,
    GREEN;

    public static Rag of(long overdue, long dueSoonNotEvidenced) {
        if (overdue > 0) {
            return RED;
        }
        return dueSoonNotEvidenced > 0 ? AMBER : GREEN;
    }
}
