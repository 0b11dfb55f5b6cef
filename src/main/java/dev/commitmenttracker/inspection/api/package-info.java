/** The inspection module's public contract: its command, event, value types and state. */
package dev.commitmenttracker.inspection.api;
