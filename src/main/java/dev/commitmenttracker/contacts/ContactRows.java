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
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

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

    interface Currents extends JpaRepository<Current, Slot> {

        @Query("select c from UnitContact c where c.slot.unit = :unit order by c.slot.ownerRole")
        List<Current> inUnit(AreaCode unit);
    }

    interface Changes extends JpaRepository<Change, Long> {

        @Query("select c from UnitContactChange c where c.unit = :unit order by c.id")
        List<Change> ofUnit(AreaCode unit);

        /** Blanks the name and email of every earlier holder of the slot: what erasure leaves is who changed it, when. */
        @Modifying
        @Query("""
                update UnitContactChange c set c.name = null, c.email = null
                where c.unit = :unit and c.ownerRole = :ownerRole""")
        int erase(AreaCode unit, OwnerRole ownerRole);
    }
}
