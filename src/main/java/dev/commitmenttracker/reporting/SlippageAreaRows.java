package dev.commitmenttracker.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

/** Which Areas each commitment counts under, for the slippage report. */
interface SlippageAreaRows extends JpaRepository<SlippageAreaRow, String> {
}
