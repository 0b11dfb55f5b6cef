package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Counter rows per Area, theme and owner role. */
interface AreaTallies extends JpaRepository<AreaTally, String> {

    List<AreaTally> findByAreaIn(Collection<AreaCode> areas);
}
