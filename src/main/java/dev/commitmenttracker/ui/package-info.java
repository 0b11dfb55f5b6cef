/** The web service for people: server-rendered pages in the GOV.UK Design System, over the same services as the API. */
package dev.commitmenttracker.ui;
