package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The owner started work on the commitment. */
@Revision("1")
public record WorkStarted(String commitmentId, LocalDate startedOn) implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return startedOn;
    }
}
