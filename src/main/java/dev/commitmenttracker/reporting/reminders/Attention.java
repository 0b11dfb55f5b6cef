package dev.commitmenttracker.reporting.reminders;

import dev.commitmenttracker.contacts.ContactBook;
import dev.commitmenttracker.contacts.api.UnitContact;
import dev.commitmenttracker.reporting.assurance.MissedCheck;
import dev.commitmenttracker.reporting.assurance.MissedChecks;
import dev.commitmenttracker.reporting.progress.DueCommitments;
import dev.commitmenttracker.reporting.progress.DueCommitments.Due;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What needs attention as of a day: overdue and due-soon commitments from the commitment-progress rows (their open due
 * date, as the Area report counts them; nothing is recomputed from events), and missed checks from {@link
 * MissedChecks}. The attention report and the daily run read the same list.
 */
@Service
public class Attention {

    private final DueCommitments due;
    private final MissedChecks missedChecks;
    private final ContactBook contacts;
    private final ReminderSettings settings;

    Attention(DueCommitments due, MissedChecks missedChecks, ContactBook contacts, ReminderSettings settings) {
        this.due = due;
        this.missedChecks = missedChecks;
        this.contacts = contacts;
        this.settings = settings;
    }

    /**
     * The items of commitments counting under these Areas (lead or joint), with the owner's contact where {@code
     * mayReadContacts} allows it for the commitment's lead unit: overdue first, then due soon, then missed checks.
     */
    public List<AttentionItem> in(Collection<AreaCode> areas, LocalDate today, Predicate<AreaCode> mayReadContacts) {
        List<Due> open = due.openDueBy(areas, today.plusDays(settings.dueSoonDays()));
        List<MissedCheck> missed = areas.stream()
                .flatMap(area -> missedChecks.inArea(area, today).stream())
                .distinct()
                .toList();
        List<AttentionItem> items = items(open, missed, texts(missed), today);
        Map<AreaCode, Map<OwnerRole, UnitContact>> everyone = contacts.everyone();
        return items.stream()
                .map(item -> {
                    if (item.ownerRole() == null || !mayReadContacts.test(item.area())) {
                        return item;
                    }
                    UnitContact contact =
                            everyone.getOrDefault(item.area(), Map.of()).get(item.ownerRole());
                    return contact == null ? item : item.withOwner(contact.name(), contact.email());
                })
                .toList();
    }

    /** Every item of every unit, without contacts: for the daily run. */
    List<AttentionItem> everywhere(LocalDate today) {
        List<MissedCheck> missed = missedChecks.all(today);
        return items(due.openDueBy(today.plusDays(settings.dueSoonDays())), missed, texts(missed), today);
    }

    /** The commitments the missed checks are of, for their text and due date. */
    private Map<String, Due> texts(List<MissedCheck> missed) {
        return due.byIds(missed.stream().map(MissedCheck::commitmentId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Due::commitmentId, Function.identity()));
    }

    /** The items, overdue first, then due soon, then missed checks; {@code texts} the commitments missed checks are of. */
    List<AttentionItem> items(List<Due> open, List<MissedCheck> missed, Map<String, Due> texts, LocalDate today) {
        List<AttentionItem> items = new ArrayList<>();
        for (Due commitment : open) {
            boolean overdue = commitment.overdueOn(today);
            items.add(new AttentionItem(
                    overdue ? AttentionItem.OVERDUE : AttentionItem.DUE_SOON,
                    commitment.commitmentId(),
                    commitment.area(),
                    commitment.text(),
                    commitment.ownerRole(),
                    commitment.dueDate(),
                    overdue ? ChronoUnit.DAYS.between(commitment.dueDate(), today) : null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        missed.stream()
                .sorted(Comparator.comparing(MissedCheck::periodEnd).thenComparing(MissedCheck::commitmentId))
                .forEach(check -> {
                    Due commitment = texts.get(check.commitmentId());
                    items.add(new AttentionItem(
                            AttentionItem.MISSED_CHECK,
                            check.commitmentId(),
                            check.area(),
                            commitment == null ? null : commitment.text(),
                            check.ownerRole(),
                            commitment == null ? null : commitment.dueDate(),
                            null,
                            check.periodStart(),
                            check.periodEnd(),
                            check.method(),
                            null,
                            null));
                });
        items.sort(Comparator.comparingInt(Attention::order));
        return items;
    }

    private static int order(AttentionItem item) {
        return switch (item.kind()) {
            case AttentionItem.OVERDUE -> 0;
            case AttentionItem.DUE_SOON -> 1;
            default -> 2;
        };
    }
}
