/** The "evidence-register" projection and what reads it: the evidence register and the compliance trend by quarter. */
package dev.commitmenttracker.reporting.evidence;
