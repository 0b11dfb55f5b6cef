/** The read side: projections of commitment events into report rows, and the queries that read those rows. */
package dev.commitmenttracker.reporting;
