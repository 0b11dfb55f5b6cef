package dev.commitmenttracker.commitment.api;

import java.time.LocalDate;

/**
 * A fact in a commitment's life. Every fact names the business date it concerns; the recording time is the event timestamp.
 * Sealed: the fold ({@link CommitmentState#evolve}) and {@link CommitmentState#actOf} switch over these facts without a
 * default, so a new fact does not compile until they say what it does.
 */
public sealed interface CommitmentEvent
        permits CommitmentRecorded,
                CommitmentAssigned,
                WorkStarted,
                ProgressNoted,
                EvidenceRecorded,
                CommitmentClosed,
                CommitmentReopened,
                DueDateRevised,
                FollowUpJudged,
                CommitmentWithdrawn,
                AssurancePlanRecorded {

    String commitmentId();

    LocalDate businessDate();
}
