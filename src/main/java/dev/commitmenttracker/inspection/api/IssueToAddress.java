package dev.commitmenttracker.inspection.api;

import dev.commitmenttracker.shared.Theme;

/** One of the inspection's numbered issues to address. */
public record IssueToAddress(Integer number, String text, Theme theme) {
}
