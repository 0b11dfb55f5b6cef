/** The inspection HTTP API and the Area reference data. */
package dev.commitmenttracker.inspection.web;
