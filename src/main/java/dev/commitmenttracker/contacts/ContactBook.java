package dev.commitmenttracker.contacts;

import dev.commitmenttracker.contacts.ContactRows.Change;
import dev.commitmenttracker.contacts.ContactRows.Current;
import dev.commitmenttracker.contacts.ContactRows.Slot;
import dev.commitmenttracker.contacts.api.ContactChange;
import dev.commitmenttracker.contacts.api.UnitContact;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds each owner role in each unit. Kept and read by the people who need the emails: a national lead (every
 * unit) and the unit's Area managers; nobody else reads them (docs/contacts.md). Every change is written to the
 * history in the same transaction, with who and when. {@link #holder} is for the tracker's own use (reminders), after
 * the caller has applied its own rule.
 */
@Service
public class ContactBook {

    private final ContactCurrents currents;
    private final ContactChanges changes;
    private final CurrentUser user;
    private final Clock clock;

    ContactBook(ContactCurrents currents, ContactChanges changes, CurrentUser user, Clock clock) {
        this.currents = currents;
        this.changes = changes;
        this.user = user;
        this.clock = clock;
    }

    /** Whether the signed-in user may read and keep this unit's contacts: a national lead, or a manager of the unit. */
    public boolean mayKeep(AreaCode unit) {
        return user.has(TrackerRole.NATIONAL_LEAD)
                || user.has(TrackerRole.AREA_MANAGER) && user.scopedAreas().contains(unit);
    }

    /** Refuses with {@code auth.contacts-forbidden} unless {@link #mayKeep}. */
    public void requireMayKeep(AreaCode unit) {
        if (!mayKeep(unit)) {
            throw RuleViolation.forbidden(
                    "auth.contacts-forbidden",
                    "Contacts are personal data: only a national lead and the managers of " + unit
                            + " may read or change them.");
        }
    }

    /** The unit's contacts, in the order of the owner roles. */
    @Transactional(readOnly = true)
    public List<UnitContact> of(AreaCode unit) {
        requireMayKeep(unit);
        return currents.inUnit(unit).stream()
                .map(Current::view)
                .sorted(Comparator.comparing(UnitContact::ownerRole))
                .toList();
    }

    /** Every change to the unit's contacts, oldest first. */
    @Transactional(readOnly = true)
    public List<ContactChange> history(AreaCode unit) {
        requireMayKeep(unit);
        return changes.ofUnit(unit).stream().map(Change::view).toList();
    }

    /**
     * Names the holder of a role. Refused before anything is written: a name that is blank, too long or holds a
     * control character; an email that is not an address ({@link ContactAddress}). Setting the same name and email
     * again changes nothing and writes no history.
     */
    @Transactional
    public UnitContact put(AreaCode unit, OwnerRole ownerRole, String name, String email) {
        requireMayKeep(unit);
        String checkedName = ContactAddress.requireName(name);
        String checkedEmail = ContactAddress.requireEmail(email);
        Slot slot = new Slot(unit, ownerRole);
        Current current = currents.findById(slot).orElseGet(() -> new Current(slot));
        if (checkedName.equals(current.name) && checkedEmail.equalsIgnoreCase(current.email)) {
            return current.view();
        }
        Instant now = clock.instant();
        current.heldBy(checkedName, checkedEmail, user.name(), now);
        currents.save(current);
        changes.save(new Change(slot, "SET", checkedName, checkedEmail, user.name(), now));
        return current.view();
    }

    /**
     * Nobody holds the role any more. With {@code erase}, the names and emails of everyone who held it are blanked in
     * the history too (who changed it and when stay). Removing an empty role without erasing changes nothing.
     */
    @Transactional
    public boolean remove(AreaCode unit, OwnerRole ownerRole, boolean erase) {
        requireMayKeep(unit);
        Slot slot = new Slot(unit, ownerRole);
        Optional<Current> current = currents.findById(slot);
        Instant now = clock.instant();
        current.ifPresent(row -> {
            currents.delete(row);
            changes.save(new Change(slot, "REMOVED", null, null, user.name(), now));
        });
        if (erase) {
            changes.erase(unit, ownerRole);
            changes.save(new Change(slot, "ERASED", null, null, user.name(), now));
        }
        return current.isPresent() || erase;
    }

    /** Who holds the role now, for the tracker's reminders: no access check, the caller applies its own. */
    @Transactional(readOnly = true)
    public Optional<UnitContact> holder(AreaCode unit, OwnerRole ownerRole) {
        return currents.findById(new Slot(unit, ownerRole)).map(Current::view);
    }

    /** Every contact of every unit, for a run of the reminders: no access check. */
    @Transactional(readOnly = true)
    public Map<AreaCode, Map<OwnerRole, UnitContact>> everyone() {
        Map<AreaCode, Map<OwnerRole, UnitContact>> all = new EnumMap<>(AreaCode.class);
        for (Current row : currents.findAll()) {
            all.computeIfAbsent(row.slot.unit(), unit -> new EnumMap<>(OwnerRole.class))
                    .put(row.slot.ownerRole(), row.view());
        }
        return all;
    }
}
