package dev.commitmenttracker.ui;

import dev.commitmenttracker.audit.CommitmentHistory;
import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.WorkStarted;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One recorded event of a commitment as its timeline shows it: what happened in words, who recorded it, when it was
 * recorded and which business date it is about. Read from the audit history service, never from a projection.
 */
record TimelineEntry(
        long sequence, String what, String detail, String actor, ZonedDateTime recordedAt, LocalDate businessDate) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static TimelineEntry of(CommitmentHistory.Entry entry, ActLabels words) {
        Object data = entry.data();
        String what;
        String detail;
        if (data instanceof CommitmentRecorded e) {
            what = "Commitment recorded";
            detail = "Due " + e.dueDate()
                    + (e.targetCompliance() == null ? "" : ", target " + e.targetCompliance() + "% compliance");
        } else if (data instanceof CommitmentAssigned e) {
            what = "Owner assigned";
            detail = new Labels().ownerRole(e.ownerRole()) + (e.ownerName() == null ? "" : ": " + e.ownerName());
        } else if (data instanceof WorkStarted) {
            what = "Work started";
            detail = null;
        } else if (data instanceof ProgressNoted e) {
            what = "Progress noted";
            detail = e.note();
        } else if (data instanceof EvidenceRecorded e) {
            what = "Evidence recorded";
            Evidence evidence = Evidence.of(e);
            detail = words.method(e.method())
                    + (evidence.sampled()
                            ? ": " + e.compliantCount() + " of " + e.sampleSize() + " compliant ("
                                    + evidence.compliancePercent() + "%)"
                            : "")
                    + (e.summary() == null ? "" : ". " + e.summary());
        } else if (data instanceof CommitmentClosed e) {
            what = "Closed";
            detail = e.rationale();
        } else if (data instanceof CommitmentReopened e) {
            what = "Reopened";
            detail = e.reason();
        } else if (data instanceof DueDateRevised e) {
            what = "Due date revised";
            detail = "From " + e.previousDueDate() + " to " + e.dueDate() + ": " + e.reason();
        } else if (data instanceof CommitmentWithdrawn e) {
            what = "Withdrawn";
            detail = e.reason();
        } else if (data instanceof AssurancePlanRecorded e) {
            what = "Assurance planned";
            detail = words.plan(AssurancePlan.of(e));
        } else if (data instanceof FollowUpJudged e) {
            what = "Follow-up judged";
            detail = words.grade(e.grade()) + (e.note() == null ? "" : ": " + e.note());
        } else {
            what = entry.type();
            detail = null;
        }
        return new TimelineEntry(
                entry.sequence(),
                what,
                detail,
                entry.actor(),
                entry.recordedAt().atZone(LONDON),
                entry.businessDate());
    }
}
