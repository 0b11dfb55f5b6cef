package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A create sent without a client-chosen id may carry an {@code Idempotency-Key} header instead: the id is then derived
 * from the user and the key, so a retry with the same key and content finds the first attempt, and other content
 * under the same key is refused ({@code idempotency.key-reused}, 409). Nothing is stored beyond the created aggregate.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 200;

    private IdempotencyKeys() {}

    /** The id derived from the key, per user and kind of aggregate; null when no key was sent. */
    public static String id(String kind, Principal user, String key) {
        if (key == null) {
            return null;
        }
        RuleViolation.requireValid(
                !key.isBlank() && key.length() <= MAX_LENGTH,
                HEADER,
                "invalid-idempotency-key",
                "An " + HEADER + " has 1 to " + MAX_LENGTH + " characters.");
        String who = user == null ? "" : user.getName();
        return UUID.nameUUIDFromBytes((kind + "\n" + who + "\n" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Runs the create; when the id came from a key, a taken id is reported as the key's reuse. */
    public static String refusingReuse(String derivedId, Supplier<String> create) {
        try {
            return create.get();
        } catch (RuleViolation refused) {
            if (derivedId != null
                    && refused.kind() == RuleViolation.Kind.CONFLICT
                    && refused.code().endsWith(".id-in-use")) {
                throw RuleViolation.conflict(
                        "idempotency.key-reused",
                        "This " + HEADER + " was already used for a create with other "
                                + "content; send the same content to repeat that create, or use a new key.");
            }
            throw refused;
        }
    }
}
