/**
 * Importing: parses a published CPS response to an HMCPSI inspection into a reviewable draft of
 * issues and commitments ({@link dev.commitmenttracker.importing.ResponseDocumentParser}).
 */
package dev.commitmenttracker.importing;
