package dev.commitmenttracker.contacts.api;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import java.time.Instant;

/**
 * One change to who holds an owner role in a unit: {@code SET} (named or changed), {@code REMOVED} (nobody holds it
 * now) or {@code ERASED} (the names and emails of earlier holders were blanked). Name and email are null once erased.
 */
public record ContactChange(
        AreaCode unit,
        OwnerRole ownerRole,
        String change,
        String name,
        String email,
        String changedBy,
        Instant changedAt) {}
