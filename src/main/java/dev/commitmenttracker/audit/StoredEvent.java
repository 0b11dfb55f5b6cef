package dev.commitmenttracker.audit;

import java.time.Instant;

/** One row of the event store as stored: what a hash covers. */
record StoredEvent(
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        Instant timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData) {}
