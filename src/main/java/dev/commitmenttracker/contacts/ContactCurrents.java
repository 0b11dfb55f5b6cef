package dev.commitmenttracker.contacts;

import dev.commitmenttracker.contacts.ContactRows.Current;
import dev.commitmenttracker.contacts.ContactRows.Slot;
import dev.commitmenttracker.shared.AreaCode;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Who holds each role now. */
interface ContactCurrents extends JpaRepository<Current, Slot> {

    @Query("select c from UnitContact c where c.slot.unit = :unit")
    List<Current> inUnit(AreaCode unit);
}
