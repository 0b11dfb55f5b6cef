/** HTTP for contacts: /api/units/{unit}/contacts. */
package dev.commitmenttracker.contacts.web;
