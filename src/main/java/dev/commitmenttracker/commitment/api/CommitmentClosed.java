package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The Area closed the commitment as delivered, with its rationale. */
@Revision("1")
public record CommitmentClosed(String commitmentId, String rationale, LocalDate closedOn) implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return closedOn;
    }
}
