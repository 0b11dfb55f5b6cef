package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A closed commitment was reopened because delivery fell short; work resumes. */
@Revision("1")
public record CommitmentReopened(String commitmentId, String reason, LocalDate reopenedOn) implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return reopenedOn;
    }
}
