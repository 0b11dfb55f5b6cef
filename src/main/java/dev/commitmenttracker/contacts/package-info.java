/**
 * Who holds each owner role in each CPS unit (name and email), kept by the unit's managers and national leads, so
 * that reminders reach a person. Personal data: a plain table with a change history, erasable (ADR 0020).
 */
package dev.commitmenttracker.contacts;
