package dev.commitmenttracker.reporting.reminders;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import java.time.LocalDate;

/**
 * One thing that needs its owner's attention: an open commitment past its due date ({@code OVERDUE}), one due within
 * the window ({@code DUE_SOON}), or a period of its assurance plan without the planned check ({@code MISSED_CHECK},
 * with {@code periodStart}, {@code periodEnd} and {@code method}). The owner's name and email are given only to those
 * who may read the unit's contacts (a national lead, the unit's managers); null otherwise and when nobody is named.
 *
 * @param area the commitment's lead Area (or unit), whose contact owns it
 */
public record AttentionItem(
        String kind,
        String commitmentId,
        AreaCode area,
        String text,
        OwnerRole ownerRole,
        LocalDate dueDate,
        Long daysOverdue,
        LocalDate periodStart,
        LocalDate periodEnd,
        AssuranceMethod method,
        String ownerName,
        String ownerEmail) {

    public static final String OVERDUE = "OVERDUE";
    public static final String DUE_SOON = "DUE_SOON";
    public static final String MISSED_CHECK = "MISSED_CHECK";

    AttentionItem withOwner(String name, String email) {
        return new AttentionItem(
                kind,
                commitmentId,
                area,
                text,
                ownerRole,
                dueDate,
                daysOverdue,
                periodStart,
                periodEnd,
                method,
                name,
                email);
    }
}
