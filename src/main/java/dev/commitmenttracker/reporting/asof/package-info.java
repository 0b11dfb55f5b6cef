/** Reports as they stood at a past time, rebuilt from the event store in one streaming pass per Area. */
package dev.commitmenttracker.reporting.asof;
