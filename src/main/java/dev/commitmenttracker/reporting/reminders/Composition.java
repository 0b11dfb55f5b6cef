package dev.commitmenttracker.reporting.reminders;

import dev.commitmenttracker.contacts.api.UnitContact;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.UnitKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a daily run writes, decided from the attention items and the contacts alone (no database, no clock): one
 * digest per owner contact with items; an escalation per commitment overdue by more than the escalation days, to the
 * unit's escalation contact; on the weekly day, a summary per unit with items to the national lead contact. Each
 * message has the key that makes it once-only.
 */
final class Composition {

    /** A message to write to the outbox. {@code period} is the day (digest, escalation) or ISO week (weekly). */
    record Message(
            String key,
            String kind,
            AreaCode unit,
            OwnerRole ownerRole,
            String recipientName,
            String recipientEmail,
            String period,
            List<String> commitmentIds,
            String subject,
            String body) {}

    /** Items nobody can be sent: the unit and role have no contact. */
    record Unreachable(String kind, AreaCode unit, OwnerRole ownerRole, int items) {}

    record Result(List<Message> messages, List<Unreachable> unreachable) {}

    static final String DIGEST = "DIGEST";
    static final String ESCALATION = "ESCALATION";
    static final String WEEKLY = "WEEKLY";

    private Composition() {}

    /**
     * Who an escalation goes to: an Area's Chief Crown Prosecutor; nationally the Director of Legal Services; CPS
     * Direct and the casework divisions, their head.
     */
    static OwnerRole escalationRole(AreaCode unit) {
        return unit.kind() == UnitKind.AREA
                ? OwnerRole.CCP
                : unit.kind() == UnitKind.NATIONAL ? OwnerRole.DIRECTOR_LEGAL_SERVICES : OwnerRole.HEAD_OF_UNIT;
    }

    static Result compose(
            List<AttentionItem> items,
            Map<AreaCode, Map<OwnerRole, UnitContact>> contacts,
            LocalDate today,
            ReminderSettings settings) {
        List<Message> messages = new ArrayList<>();
        List<Unreachable> unreachable = new ArrayList<>();
        Map<AreaCode, Map<OwnerRole, List<AttentionItem>>> byOwner = new LinkedHashMap<>();
        for (AttentionItem item : items) {
            if (item.ownerRole() != null) {
                byOwner.computeIfAbsent(item.area(), unit -> new LinkedHashMap<>())
                        .computeIfAbsent(item.ownerRole(), role -> new ArrayList<>())
                        .add(item);
            }
        }
        byOwner.forEach((unit, roles) -> roles.forEach((role, owned) -> {
            UnitContact contact = contact(contacts, unit, role);
            if (contact == null) {
                unreachable.add(new Unreachable(DIGEST, unit, role, owned.size()));
                return;
            }
            messages.add(new Message(
                    "digest/" + unit + "/" + role + "/" + today,
                    DIGEST,
                    unit,
                    role,
                    contact.name(),
                    contact.email(),
                    today.toString(),
                    ids(owned),
                    "Commitments needing your attention: " + unit.displayName() + ", " + today,
                    digestBody(contact, unit, role, owned, today, settings)));
        }));
        for (AttentionItem item : items) {
            if (AttentionItem.OVERDUE.equals(item.kind()) && item.daysOverdue() > settings.escalateAfterDays()) {
                OwnerRole to = escalationRole(item.area());
                UnitContact contact = contact(contacts, item.area(), to);
                if (contact == null) {
                    unreachable.add(new Unreachable(ESCALATION, item.area(), to, 1));
                    continue;
                }
                messages.add(new Message(
                        "escalation/" + item.commitmentId() + "/" + item.dueDate(),
                        ESCALATION,
                        item.area(),
                        to,
                        contact.name(),
                        contact.email(),
                        today.toString(),
                        List.of(item.commitmentId()),
                        "Escalation: commitment " + item.commitmentId() + " is " + item.daysOverdue() + " days overdue",
                        escalationBody(contact, item, settings)));
            }
        }
        if (today.getDayOfWeek() == settings.weeklyOn()) {
            messages.addAll(weekly(items, contacts, today, settings, unreachable));
        }
        return new Result(messages, unreachable);
    }

    private static List<Message> weekly(
            List<AttentionItem> items,
            Map<AreaCode, Map<OwnerRole, UnitContact>> contacts,
            LocalDate today,
            ReminderSettings settings,
            List<Unreachable> unreachable) {
        Map<AreaCode, List<AttentionItem>> byUnit = new LinkedHashMap<>();
        for (AreaCode unit : AreaCode.values()) {
            List<AttentionItem> ofUnit =
                    items.stream().filter(item -> item.area() == unit).toList();
            if (!ofUnit.isEmpty()) {
                byUnit.put(unit, ofUnit);
            }
        }
        OwnerRole role = settings.weeklySummaryRole();
        UnitContact lead = contact(contacts, AreaCode.NATIONAL, role);
        if (lead == null) {
            if (!byUnit.isEmpty()) {
                unreachable.add(new Unreachable(WEEKLY, AreaCode.NATIONAL, role, byUnit.size()));
            }
            return List.of();
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String week = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        List<Message> summaries = new ArrayList<>();
        byUnit.forEach((unit, ofUnit) -> summaries.add(new Message(
                "weekly/" + unit + "/" + week,
                WEEKLY,
                unit,
                role,
                lead.name(),
                lead.email(),
                week,
                ids(ofUnit),
                "Weekly summary " + week + ": " + unit.displayName(),
                weeklyBody(lead, unit, ofUnit, week, settings))));
        return summaries;
    }

    private static UnitContact contact(
            Map<AreaCode, Map<OwnerRole, UnitContact>> contacts, AreaCode unit, OwnerRole role) {
        return contacts.getOrDefault(unit, Map.of()).get(role);
    }

    private static List<String> ids(List<AttentionItem> items) {
        Set<String> ids = new LinkedHashSet<>();
        items.forEach(item -> ids.add(item.commitmentId()));
        return List.copyOf(ids);
    }

    private static String digestBody(
            UnitContact contact,
            AreaCode unit,
            OwnerRole role,
            List<AttentionItem> owned,
            LocalDate today,
            ReminderSettings settings) {
        StringBuilder body = new StringBuilder();
        body.append("Dear ").append(contact.name()).append(",\n\n");
        body.append("As ")
                .append(role.title())
                .append(" of ")
                .append(unit.displayName())
                .append(", you own these commitments that need attention on ")
                .append(today)
                .append(".\n");
        section(body, "Overdue", owned, AttentionItem.OVERDUE, settings);
        section(body, "Due in the next " + settings.dueSoonDays() + " days", owned, AttentionItem.DUE_SOON, settings);
        section(body, "Missed assurance checks", owned, AttentionItem.MISSED_CHECK, settings);
        body.append("\nThis is the tracker's daily digest; you receive one a day while something needs attention.\n");
        return body.toString();
    }

    private static void section(
            StringBuilder body, String title, List<AttentionItem> items, String kind, ReminderSettings settings) {
        List<AttentionItem> ofKind =
                items.stream().filter(item -> item.kind().equals(kind)).toList();
        if (ofKind.isEmpty()) {
            return;
        }
        body.append('\n').append(title).append(" (").append(ofKind.size()).append("):\n");
        for (AttentionItem item : ofKind) {
            body.append("- ").append(item.commitmentId());
            switch (item.kind()) {
                case AttentionItem.OVERDUE ->
                    body.append(", due ")
                            .append(item.dueDate())
                            .append(", ")
                            .append(item.daysOverdue())
                            .append(" days overdue");
                case AttentionItem.DUE_SOON -> body.append(", due ").append(item.dueDate());
                default ->
                    body.append(", ")
                            .append(item.method())
                            .append(" for ")
                            .append(item.periodStart())
                            .append(" to ")
                            .append(item.periodEnd())
                            .append(" not recorded");
            }
            body.append(": ").append(item.text() == null ? "" : item.text()).append('\n');
            body.append("  ")
                    .append(settings.linkBase())
                    .append("/commitments/")
                    .append(item.commitmentId())
                    .append('\n');
        }
    }

    private static String escalationBody(UnitContact contact, AttentionItem item, ReminderSettings settings) {
        return "Dear " + contact.name() + ",\n\n" + "Commitment " + item.commitmentId() + " of "
                + item.area().displayName() + ", owned by the "
                + item.ownerRole().title() + ", was due on "
                + item.dueDate() + " and is " + item.daysOverdue() + " days overdue (escalated after "
                + settings.escalateAfterDays() + " days).\n\n" + (item.text() == null ? "" : item.text()) + "\n"
                + settings.linkBase() + "/commitments/" + item.commitmentId() + "\n";
    }

    private static String weeklyBody(
            UnitContact lead, AreaCode unit, List<AttentionItem> items, String week, ReminderSettings settings) {
        long overdue = items.stream()
                .filter(item -> item.kind().equals(AttentionItem.OVERDUE))
                .count();
        long escalated = items.stream()
                .filter(item ->
                        item.kind().equals(AttentionItem.OVERDUE) && item.daysOverdue() > settings.escalateAfterDays())
                .count();
        long dueSoon = items.stream()
                .filter(item -> item.kind().equals(AttentionItem.DUE_SOON))
                .count();
        long missed = items.stream()
                .filter(item -> item.kind().equals(AttentionItem.MISSED_CHECK))
                .count();
        StringBuilder body = new StringBuilder();
        body.append("Dear ").append(lead.name()).append(",\n\n");
        body.append("Week ")
                .append(week)
                .append(", ")
                .append(unit.displayName())
                .append(":\n");
        body.append("- overdue: ").append(overdue).append(" (of which overdue by more than ");
        body.append(settings.escalateAfterDays())
                .append(" days: ")
                .append(escalated)
                .append(")\n");
        body.append("- due in the next ")
                .append(settings.dueSoonDays())
                .append(" days: ")
                .append(dueSoon);
        body.append('\n');
        body.append("- missed assurance checks: ").append(missed).append('\n');
        section(body, "Overdue", items, AttentionItem.OVERDUE, settings);
        section(body, "Missed assurance checks", items, AttentionItem.MISSED_CHECK, settings);
        return body.toString();
    }
}
