package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Per-Area slippage counters. */
interface SlippageTallies extends JpaRepository<SlippageTally, AreaCode> {

    List<SlippageTally> findByAreaIn(Collection<AreaCode> areas);
}
