package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.OwnerRole;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The commitment was given to an owner role (and optionally a named person), first time or again. */
@Revision("1")
public record CommitmentAssigned(String commitmentId, OwnerRole ownerRole, String ownerName, LocalDate assignedOn)
        implements CommitmentEvent {

    @Override
    public LocalDate businessDate() {
        return assignedOn;
    }
}
