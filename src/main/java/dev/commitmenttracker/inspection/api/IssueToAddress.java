package dev.commitmenttracker.inspection.api;

import dev.commitmenttracker.shared.FreeText;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.Theme;
import jakarta.validation.constraints.Max;

/** One of the inspection's numbered issues to address. */
public record IssueToAddress(
        @Max(Limits.ISSUE_NUMBER) Integer number, @FreeText String text, Theme theme) {}
