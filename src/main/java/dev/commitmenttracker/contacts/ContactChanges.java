package dev.commitmenttracker.contacts;

import dev.commitmenttracker.contacts.ContactRows.Change;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every change to who holds a role. */
interface ContactChanges extends JpaRepository<Change, Long> {

    @Query("select c from UnitContactChange c where c.unit = :unit order by c.id")
    List<Change> ofUnit(AreaCode unit);

    /** Blanks the name and email of every earlier holder of the slot: what erasure leaves is who changed it, when. */
    @Modifying
    @Query("""
            update UnitContactChange c set c.name = null, c.email = null
            where c.unit = :unit and c.ownerRole = :ownerRole""")
    int erase(AreaCode unit, OwnerRole ownerRole);
}
