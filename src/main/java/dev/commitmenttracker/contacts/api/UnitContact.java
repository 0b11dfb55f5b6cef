package dev.commitmenttracker.contacts.api;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import java.time.Instant;

/** The person who holds an owner role in a unit, and who last changed that, when. */
public record UnitContact(
        AreaCode unit, OwnerRole ownerRole, String name, String email, String changedBy, Instant changedAt) {}
