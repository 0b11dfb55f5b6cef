package dev.commitmenttracker.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 hashes that chain events: an event's hash covers its canonical content (identity, aggregate, sequence,
 * type, recording time, payload and metadata bytes as stored) and the hash of the event before it. Fields are
 * length-prefixed, so no two different events share an encoding. The one implementation used both when events are
 * appended and when they are verified.
 */
final class EventHash {

    /** The "previous hash" of an aggregate's first event, and the starting value of the store digest. */
    static final String GENESIS = "0".repeat(64);

    private EventHash() {}

    static String of(String previousHash, StoredEvent event) {
        MessageDigest sha = sha256();
        field(sha, previousHash);
        field(sha, event.eventIdentifier());
        field(sha, event.aggregateIdentifier());
        field(sha, Long.toString(event.sequenceNumber()));
        field(sha, event.type());
        field(sha, event.timestamp().toString());
        field(sha, event.payloadType());
        field(sha, event.payloadRevision());
        field(sha, event.payload());
        field(sha, event.metaData());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The store digest after one more event: a chain over every event's hash in the store's global order. */
    static String fold(String digest, String eventHash) {
        MessageDigest sha = sha256();
        field(sha, digest);
        field(sha, eventHash);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, String value) {
        field(sha, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest sha, byte[] value) {
        sha.update(
                ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha.update(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
