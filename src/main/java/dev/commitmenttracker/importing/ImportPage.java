package dev.commitmenttracker.importing;

import java.util.List;

/** A page of imports, newest first. */
public record ImportPage(List<ImportSummary> items, int page, int size, long total) {}
