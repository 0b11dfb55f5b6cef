package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A note of progress was added while the work is under way. */
@Revision("1")
public record ProgressNoted(String commitmentId, String note, LocalDate notedOn) implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return notedOn;
    }
}
