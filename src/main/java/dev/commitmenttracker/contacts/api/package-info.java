/** The contract of the contacts module: what other modules read of it. */
package dev.commitmenttracker.contacts.api;
