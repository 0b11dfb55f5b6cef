/** Write side of commitments: the event-sourced Commitment aggregate and the rules of its lifecycle. */
package dev.commitmenttracker.commitment;
