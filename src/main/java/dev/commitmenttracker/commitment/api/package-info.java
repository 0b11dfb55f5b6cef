/** The commitment module's public contract: commands, events, the lifecycle and the state they fold into. */
package dev.commitmenttracker.commitment.api;
