/** The "due-date-slippage" projection and what reads it: revised and slipped commitments, per Area and one by one. */
package dev.commitmenttracker.reporting.slippage;
