package dev.commitmenttracker.reporting;

/** The figures that depend on today's date, counted for one group of commitments. */
record DueCounts(long overdue, long dueNext30Days, long dueNext30DaysNotEvidenced) {
}
