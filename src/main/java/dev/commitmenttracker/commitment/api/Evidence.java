package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AssuranceMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** One piece of evidence of delivery, as the commitment holds it. */
public record Evidence(
        AssuranceMethod method,
        LocalDate effectiveOn,
        Integer sampleSize,
        Integer compliantCount,
        String summary,
        String reference,
        LocalDate recordedOn) {

    public static Evidence of(EvidenceRecorded event) {
        return new Evidence(
                event.method(),
                event.effectiveOn(),
                event.sampleSize(),
                event.compliantCount(),
                event.summary(),
                event.reference(),
                event.recordedOn());
    }

    /** Share of sampled cases meeting the standard, in percent to one decimal place; null when nothing was sampled. */
    public BigDecimal compliancePercent() {
        if (sampleSize == null || compliantCount == null || sampleSize == 0) {
            return null;
        }
        return BigDecimal.valueOf(compliantCount * 100L)
                .divide(BigDecimal.valueOf(sampleSize), 1, RoundingMode.HALF_UP);
    }

    public boolean sampled() {
        return compliancePercent() != null;
    }
}
