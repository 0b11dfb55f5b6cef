package dev.commitmenttracker.reporting.evidence;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.math.BigDecimal;

/**
 * Compliance of an Area's evidence on a theme in one quarter of effective date: all sampled cases pooled, meeting the
 * standard over sampled, in percent to one decimal place; null when nothing in the quarter was sampled.
 */
public record ComplianceTrendPoint(
        AreaCode area,
        Theme theme,
        String quarter,
        int records,
        int sampledRecords,
        long casesSampled,
        long casesCompliant,
        BigDecimal compliancePercent) {}
