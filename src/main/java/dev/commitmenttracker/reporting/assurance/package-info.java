/** Assurance plans and the checks they promise: which periods went without evidence (the cadence branch). */
package dev.commitmenttracker.reporting.assurance;
