package dev.commitmenttracker.reporting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Commitments with their original and current due dates. */
interface SlippageRows extends JpaRepository<SlippageRow, String>, JpaSpecificationExecutor<SlippageRow> {
}
