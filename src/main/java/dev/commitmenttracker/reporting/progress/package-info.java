/**
 * The "commitment-progress" projection and what reads it: the Area, theme and owner reports ({@link
 * dev.commitmenttracker.reporting.progress.ProgressReports}, figures in {@link dev.commitmenttracker.reporting.progress.Figures}),
 * the as-of Area report, and the commitment list.
 */
package dev.commitmenttracker.reporting.progress;
