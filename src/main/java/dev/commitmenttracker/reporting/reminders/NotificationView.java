package dev.commitmenttracker.reporting.reminders;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import java.time.Instant;
import java.util.List;

/**
 * A message of the outbox: to whom (the contact of {@code unit}'s {@code ownerRole} when it was written), what
 * ({@code kind} DIGEST, ESCALATION or WEEKLY, about {@code commitmentIds}), for which {@code period} (a day, or an ISO
 * week for WEEKLY), and where it stands: PENDING (written, not yet sent; on the outbox-only default it stays so and
 * is what would be sent), SENDING (a node is handing it to the mail server), SENT, or FAILED (gave up after
 * repeated refusals by the mail server; {@code lastError} says why).
 */
public record NotificationView(
        long id,
        String kind,
        AreaCode unit,
        OwnerRole ownerRole,
        String recipientName,
        String recipientEmail,
        String period,
        List<String> commitmentIds,
        String subject,
        String body,
        String status,
        Instant queuedAt,
        Instant sentAt,
        int attempts,
        String lastError) {}
