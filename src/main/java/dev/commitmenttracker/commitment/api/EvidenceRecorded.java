package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AssuranceMethod;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Evidence of delivery was recorded: an IQA, a dip sample or another assurance check. Its business date is
 * effectiveOn, when the sample or assessment was done; recordedOn is the date the act of recording concerns.
 */
@Revision("1")
public record EvidenceRecorded(
        String commitmentId,
        AssuranceMethod method,
        LocalDate effectiveOn,
        Integer sampleSize,
        Integer compliantCount,
        String summary,
        String reference,
        LocalDate recordedOn)
        implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
