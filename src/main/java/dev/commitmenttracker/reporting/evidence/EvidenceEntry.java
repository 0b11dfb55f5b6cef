package dev.commitmenttracker.reporting.evidence;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.Theme;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One evidence record of the register, under the Area it is listed for ({@code joint} when that is not the
 * commitment's own Area). Compliance is cases meeting the standard over sample size, in percent to one decimal place;
 * null for methods that do not sample.
 */
public record EvidenceEntry(
        AreaCode area,
        boolean joint,
        String commitmentId,
        Theme theme,
        AssuranceMethod method,
        LocalDate effectiveOn,
        String quarter,
        Integer sampleSize,
        Integer compliantCount,
        BigDecimal compliancePercent,
        String reference,
        LocalDate recordedOn) {}
