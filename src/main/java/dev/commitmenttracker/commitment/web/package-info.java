/** The commitment HTTP API: create, the lifecycle commands and the read of one commitment. */
package dev.commitmenttracker.commitment.web;
