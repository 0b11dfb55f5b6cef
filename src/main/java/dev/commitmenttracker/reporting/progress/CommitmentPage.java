package dev.commitmenttracker.reporting.progress;

import java.util.List;

/** One page of the commitment list: the page number (from 0), its size and how many commitments match in all. */
public record CommitmentPage(List<CommitmentListing> items, int page, int size, long total) {}
