/** The import HTTP API: upload a published response, review its draft, commit it. */
package dev.commitmenttracker.importing.web;
