package dev.commitmenttracker.commitment.api;

/** A commitment's state with its version: the sequence number of its last event, used as the ETag. */
public record VersionedCommitment(CommitmentState state, long version) {}
