package dev.commitmenttracker.audit;

import java.time.Instant;

/**
 * The outcome of checking the event store, or one commitment's events, against the hash chain.
 *
 * @param verified      true when every event matched its recorded hash and chain, and the digest (if one was given) matched
 * @param eventsChecked how many events were checked
 * @param position      the global index of the last event checked (the position the digest is for)
 * @param digest        the store digest up to that position (whole-store checks only)
 * @param firstBreak    the first event that breaks, or null
 */
public record Verification(
        boolean verified, long eventsChecked, Long position, String digest, Break firstBreak, Instant checkedAt) {

    /** Where the chain breaks and what is wrong there. */
    public record Break(
            Long globalIndex,
            String eventIdentifier,
            String aggregateIdentifier,
            Long sequenceNumber,
            String problem) {}
}
