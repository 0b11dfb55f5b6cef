package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Counter rows per Area and owner role. */
interface AreaOwnerTallies extends JpaRepository<AreaOwnerTally, String> {

    List<AreaOwnerTally> findByAreaIn(Collection<AreaCode> areas);
}
