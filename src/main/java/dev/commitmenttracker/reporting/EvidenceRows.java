package dev.commitmenttracker.reporting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Evidence records, one per Area they are listed under. */
interface EvidenceRows extends JpaRepository<EvidenceRow, String>, JpaSpecificationExecutor<EvidenceRow> {
}
