package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;

/** A move of the due date, with the date it moved from and why. */
public record DueDateRevision(LocalDate previousDueDate, LocalDate dueDate, String reason, LocalDate revisedOn) {}
