package dev.commitmenttracker.reporting;

import java.util.List;

/**
 * Where a processing group stands. {@code position}: the global index of the last event every segment has processed
 * (null before the first); {@code head}: the global index of the newest event in the store (null when it is empty).
 * {@code caughtUp} when running, not in error, not replaying and at the head; {@code replaying} while a rebuild has
 * not yet reached the position it was asked at.
 */
public record ProjectionStatus(String name, String processorType, boolean running, Long position, Long head, boolean caughtUp,
                               boolean replaying, boolean error, String errorMessage, long failedBatches,
                               List<Segment> segments) {

    /** One segment of the processor. */
    public record Segment(int segment, Long position, boolean caughtUp, boolean replaying, boolean error) {
    }
}
