package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;

/** A fact in a commitment's life. Every fact names the business date it concerns; the recording time is the event timestamp. */
public interface CommitmentEvent {

    String commitmentId();

    LocalDate businessDate();
}
