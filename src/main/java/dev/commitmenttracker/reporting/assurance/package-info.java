/**
 * The "assurance-plan" projection and what reads it: each commitment's planned assurance and the business dates of its
 * evidence, from which missed checks are derived at read time ({@link MissedPeriods}, {@link MissedChecks}).
 */
package dev.commitmenttracker.reporting.assurance;
