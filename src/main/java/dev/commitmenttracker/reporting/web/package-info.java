/** The reports, the commitment list and projection administration over HTTP, as JSON and as CSV. */
package dev.commitmenttracker.reporting.web;
