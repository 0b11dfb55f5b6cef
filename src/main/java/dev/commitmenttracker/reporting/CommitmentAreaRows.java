package dev.commitmenttracker.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

/** Which Areas each commitment counts under. */
interface CommitmentAreaRows extends JpaRepository<CommitmentAreaRow, String> {
}
