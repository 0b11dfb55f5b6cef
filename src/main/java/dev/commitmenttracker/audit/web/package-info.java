/** The auditor's HTTP API: history, verification of the hash chain, the store digest. */
package dev.commitmenttracker.audit.web;
