/**
 * Reminders (issue 15): the attention report, the daily run that writes each owner's digest, escalations and the
 * weekly summaries to an outbox once, the sender that delivers them over SMTP, and the cluster-safe schedule.
 */
package dev.commitmenttracker.reporting.reminders;
