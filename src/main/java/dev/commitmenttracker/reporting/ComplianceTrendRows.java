package dev.commitmenttracker.reporting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Compliance counters per Area, theme and quarter. */
interface ComplianceTrendRows extends JpaRepository<ComplianceTrendRow, String>, JpaSpecificationExecutor<ComplianceTrendRow> {
}
