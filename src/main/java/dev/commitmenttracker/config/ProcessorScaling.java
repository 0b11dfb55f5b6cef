package dev.commitmenttracker.config;

import java.time.Duration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * How every pooled streaming processor of this application shares its work between nodes (ADR 0017): it is split into
 * {@code tracker.processors.segments} segments (default {@value #DEFAULT_SEGMENTS}: one node at a time holds a projection,
 * and another takes it over if that node dies), events of one aggregate always in
 * the same segment (Axon's default sequencing policy, which the dead-letter queues share); each node holds its fair
 * share of them ({@link NodeMembership#fairShare}); a node looks for unclaimed segments every
 * {@code tracker.processors.token-claim-interval} (default 1 s) and extends its claims well within the token store's
 * claim timeout ({@code tracker.processors.claim-timeout}, default 5 s), also while a long batch runs, so that only a
 * node that died loses its segments: the others take them over once its claims have timed out. Each batch is at most
 * {@value #BATCH_SIZE} events unless the processor sets its own.
 */
public final class ProcessorScaling {

    public static final int DEFAULT_SEGMENTS = 1;

    /**
     * Events per transaction unless a processor says otherwise (the reporting projections take 1000): Axon's default of
     * one makes every event, even one no handler of the group takes, a transaction of its own with its token's update.
     */
    public static final int BATCH_SIZE = 100;

    private final int segments;
    private final Duration tokenClaimInterval;
    private final Duration claimTimeout;
    private final NodeMembership membership;

    ProcessorScaling(int segments, Duration tokenClaimInterval, Duration claimTimeout, NodeMembership membership) {
        if (segments < 1) {
            throw new IllegalArgumentException("tracker.processors.segments must be at least 1, not " + segments);
        }
        this.segments = segments;
        this.tokenClaimInterval = tokenClaimInterval;
        this.claimTimeout = claimTimeout;
        this.membership = membership;
    }

    /** Segments each streaming processor is split into. */
    public int segments() {
        return segments;
    }

    /** After this long without an extension, another node may take a segment's claim. */
    public Duration claimTimeout() {
        return claimTimeout;
    }

    /** Applies the segment count and the claim settings to a pooled streaming processor's builder. */
    public PooledStreamingEventProcessor.Builder tune(PooledStreamingEventProcessor.Builder builder) {
        return builder.initialSegmentCount(segments)
                .batchSize(BATCH_SIZE)
                .tokenClaimInterval(tokenClaimInterval.toMillis())
                // a third of the timeout: two extensions may fail before the claim is lost
                .claimExtensionThreshold(Math.max(1, claimTimeout.toMillis() / 3))
                .enableCoordinatorClaimExtension()
                .maxSegmentProvider(membership::fairShare);
    }
}
