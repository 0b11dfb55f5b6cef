/**
 * What every reporting projection shares: how their processors run (batches, dead letters, failures), the batch cache
 * and deferred inserts that keep a replay fast, the row shapes of a folded commitment and of its Area memberships, and
 * the administration of the processors (status, rebuild, parked events).
 */
package dev.commitmenttracker.reporting.processing;
