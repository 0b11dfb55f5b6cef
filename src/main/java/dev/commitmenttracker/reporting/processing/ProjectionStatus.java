package dev.commitmenttracker.reporting.processing;

import java.util.List;

/**
 * Where a processing group stands. {@code position}: the global index of the last event every segment has processed
 * (null before the first); {@code head}: the global index of the newest event in the store (null when it is empty).
 * {@code caughtUp} when running, not in error, not replaying, at the head and with no parked event: a projection
 * whose processor has read every event but holds some of them in its dead-letter queue has not applied them, so it
 * is not caught up. {@code replaying} while a rebuild has not yet reached the position it was asked at.
 * {@code deadLetters}: events parked in the dead-letter queue (the failing one and those of its sequence behind it);
 * {@code parkedSequences}: the aggregates they belong to. Both 0 for a processor without a dead-letter queue.
 * {@code lag}: events between {@code position} and {@code head}; {@code lagMillis}: how long ago the oldest of them was
 * recorded (both 0 at the head).
 * <p>
 * The same whichever node is asked (ADR 0017): read from the token rows, the dead-letter table, the stored failures
 * ({@code failedBatches}: on every node since the last rebuild) and the rebuild requests. {@code running} when every
 * segment is held by a node and no rebuild is open; {@code rebuild}: the latest rebuild asked (null if none), and
 * while it is open the projection is replaying and not caught up.
 */
public record ProjectionStatus(
        String name,
        String processorType,
        boolean running,
        Long position,
        Long head,
        boolean caughtUp,
        boolean replaying,
        boolean error,
        String errorMessage,
        long failedBatches,
        List<Segment> segments,
        long deadLetters,
        long parkedSequences,
        long lag,
        long lagMillis,
        ProjectionRebuilds.Rebuild rebuild) {

    /** One segment of the processor; {@code owner}: the node that holds it (null while no node does). */
    public record Segment(
            int segment, Long position, boolean caughtUp, boolean replaying, boolean error, String owner) {}
}
