package dev.commitmenttracker.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

/** The commitments the evidence register knows. */
interface EvidenceCommitmentRows extends JpaRepository<EvidenceCommitmentRow, String> {
}
