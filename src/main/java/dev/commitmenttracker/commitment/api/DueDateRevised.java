package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The due date moved; the previous date and the reason are kept. */
@Revision("1")
public record DueDateRevised(
        String commitmentId, LocalDate previousDueDate, LocalDate dueDate, String reason, LocalDate revisedOn)
        implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return revisedOn;
    }
}
