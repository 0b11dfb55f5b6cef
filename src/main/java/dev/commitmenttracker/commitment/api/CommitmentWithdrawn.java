package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The commitment was withdrawn and will not be delivered; this is final. */
@Revision("1")
public record CommitmentWithdrawn(String commitmentId, String reason, LocalDate withdrawnOn)
        implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return withdrawnOn;
    }
}
