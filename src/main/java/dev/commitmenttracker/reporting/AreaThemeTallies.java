package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Counter rows per Area and theme. */
interface AreaThemeTallies extends JpaRepository<AreaThemeTally, String> {

    List<AreaThemeTally> findByAreaIn(Collection<AreaCode> areas);
}
