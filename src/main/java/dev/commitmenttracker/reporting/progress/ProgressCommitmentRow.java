package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.reporting.processing.AreaMembership;
import dev.commitmenttracker.reporting.processing.FoldedCommitment;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** A commitment as the commitment list shows it, and the open due date that "overdue" is counted from. */
@Entity(name = "ProgressCommitmentRow")
@Table(name = "report_commitment")
class ProgressCommitmentRow extends FoldedCommitment {

    /** The commitment-progress projection's record that a commitment counts under an Area. */
    @Entity(name = "ProgressCommitmentInArea")
    @Table(name = "report_commitment_area")
    static class InArea extends AreaMembership {

        protected InArea() {}

        InArea(String commitmentId, AreaCode area, boolean joint) {
            super(commitmentId, area, joint);
        }
    }

    /** What a commitment adds to the counter rows: one in its status, under its theme and owner role, per Area. */
    record Standing(List<AreaCode> areas, Theme theme, OwnerRole ownerRole, CommitmentStatus status) {}

    /**
     * What an open commitment with a due date adds to the open-due counts ({@link OpenDueTally}): one per Area (its own
     * first), under its theme, owner role and the first day of the month its due date falls in.
     */
    record DueStanding(List<AreaCode> areas, Theme theme, OwnerRole ownerRole, LocalDate dueMonth) {}

    @Column(name = "inspection_id")
    String inspectionId;

    @Column(name = "issue_number")
    Integer issueNumber;

    /**
     * The kind of finding answered, by its name (ISSUE_TO_ADDRESS, RECOMMENDATION...); null with an issue number in a
     * row written before finding kinds: an issue to address.
     */
    @Column(name = "finding_kind")
    String findingKind;

    @Column(name = "commitment_text")
    String text;

    @Column(name = "open_due_date")
    LocalDate openDueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_grade")
    FollowUpGrade followUpGrade;

    @Column(name = "follow_up_judged_on")
    LocalDate followUpJudgedOn;

    protected ProgressCommitmentRow() {}

    ProgressCommitmentRow(CommitmentRecorded event, long sequence) {
        super(event, sequence);
        inspectionId = event.inspectionId();
        issueNumber = event.issueNumber();
        findingKind = event.answersKindName();
        text = event.text();
        openDueDate = status.isOpen() ? dueDate : null;
    }

    @Override
    public boolean fold(CommitmentEvent event, long sequence) {
        boolean folded = super.fold(event, sequence);
        openDueDate = status.isOpen() ? dueDate : null;
        if (folded
                && event instanceof FollowUpJudged judged
                && (followUpJudgedOn == null || !judged.judgedOn().isBefore(followUpJudgedOn))) {
            followUpGrade = judged.grade();
            followUpJudgedOn = judged.judgedOn();
        }
        return folded;
    }

    /** A row per Area the commitment counts under, its own first. */
    List<InArea> inAreas() {
        return areas().stream()
                .map(area -> new InArea(id, area, area != this.area))
                .toList();
    }

    Standing standing() {
        return new Standing(areas(), theme, ownerRole, status);
    }

    /** Where the commitment counts in the open-due counts; null when it is closed, withdrawn or has no due date. */
    DueStanding dueStanding() {
        return openDueDate == null ? null : new DueStanding(areas(), theme, ownerRole, openDueDate.withDayOfMonth(1));
    }

    boolean overdueOn(LocalDate today) {
        return openDueDate != null && openDueDate.isBefore(today);
    }

    CommitmentListing toListing(LocalDate today) {
        return new CommitmentListing(
                id,
                area,
                jointAreas(),
                inspectionId,
                issueNumber,
                theme,
                text,
                status,
                ownerRole,
                ownerName,
                committedOn,
                dueDate,
                originalDueDate,
                dueDateRevisions,
                overdueOn(today));
    }
}
