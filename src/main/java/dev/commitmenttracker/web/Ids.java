package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.RuleViolation;
import java.util.UUID;

/** Ids a client may choose for what it creates: UUIDs, so that a retried create finds its first attempt. */
public final class Ids {

    private Ids() {}

    /** The id in canonical form; null stays null (the server then chooses one). */
    public static String requireUuid(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(
                    "validation.invalid-id", "id", "A client-chosen id must be a UUID; got '" + id + "'.");
        }
    }
}
