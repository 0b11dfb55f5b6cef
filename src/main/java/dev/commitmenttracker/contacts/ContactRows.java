package dev.commitmenttracker.contacts;

import dev.commitmenttracker.contacts.api.ContactChange;
import dev.commitmenttracker.contacts.api.UnitContact;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The contacts' two tables: who holds each role now, and every change to that. */
final class ContactRows {

    private ContactRows() {}

    /** A unit and one of its owner roles: the key of a contact. */
    @Embeddable
    record Slot(
            @Enumerated(EnumType.STRING) @Column(name = "unit")
            AreaCode unit,

            @Enumerated(EnumType.STRING) @Column(name = "owner_role")
            OwnerRole ownerRole)
            implements Serializable {}

    @Entity(name = "UnitContact")
    @Table(name = "unit_contact")
    static class Current {

        @EmbeddedId
        Slot slot;

        String name;

        String email;

        @Column(name = "changed_by")
        String changedBy;

        @Column(name = "changed_at")
        Instant changedAt;

        protected Current() {}

        Current(Slot slot) {
            this.slot = slot;
        }

        void heldBy(String name, String email, String by, Instant at) {
            this.name = name;
            this.email = email;
            this.changedBy = by;
            this.changedAt = at;
        }

        UnitContact view() {
            return new UnitContact(slot.unit(), slot.ownerRole(), name, email, changedBy, changedAt);
        }
    }

    @Entity(name = "UnitContactChange")
    @Table(name = "unit_contact_change")
    static class Change {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;

        @Enumerated(EnumType.STRING)
        AreaCode unit;

        @Enumerated(EnumType.STRING)
        @Column(name = "owner_role")
        OwnerRole ownerRole;

        String change;

        String name;

        String email;

        @Column(name = "changed_by")
        String changedBy;

        @Column(name = "changed_at")
        Instant changedAt;

        protected Change() {}

        Change(Slot slot, String change, String name, String email, String by, Instant at) {
            this.unit = slot.unit();
            this.ownerRole = slot.ownerRole();
            this.change = change;
            this.name = name;
            this.email = email;
            this.changedBy = by;
            this.changedAt = at;
        }

        ContactChange view() {
            return new ContactChange(unit, ownerRole, change, name, email, changedBy, changedAt);
        }
    }
}
