/** For auditors: each commitment's full history, state as of any time, and tamper evidence over the event store. */
package dev.commitmenttracker.audit;
