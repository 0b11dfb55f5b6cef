package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a commitment stands, as a projection keeps it in its row: its {@link CommitmentState.Position} (status,
 * owner, due dates and how often they moved) is moved on only by {@link CommitmentState.Position#after}, the part of
 * the write side's fold that {@link CommitmentState#evolve} folds through too. So the row follows exactly the rules of
 * the write side, and keeps nothing it does not need. The sequence number of the last event folded in makes a
 * redelivered or replayed event change nothing twice. Shared by the projections that keep a row per commitment
 * (progress, slippage).
 */
@MappedSuperclass
public abstract class FoldedCommitment {

    @Id
    protected String id;

    @Enumerated(EnumType.STRING)
    protected AreaCode area;

    @Column(name = "joint_with")
    protected String jointWith;

    @Enumerated(EnumType.STRING)
    protected Theme theme;

    @Enumerated(EnumType.STRING)
    protected CommitmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role")
    protected OwnerRole ownerRole;

    @Column(name = "owner_name")
    protected String ownerName;

    @Column(name = "committed_on")
    protected LocalDate committedOn;

    @Column(name = "due_date")
    protected LocalDate dueDate;

    @Column(name = "original_due_date")
    protected LocalDate originalDueDate;

    @Column(name = "due_date_revisions")
    protected int dueDateRevisions;

    @Column(name = "last_sequence")
    protected long lastSequence;

    protected FoldedCommitment() {}

    protected FoldedCommitment(CommitmentRecorded event, long sequence) {
        id = event.commitmentId();
        area = event.area();
        jointWith = JointAreas.encode(event.jointWith());
        theme = event.theme();
        committedOn = event.committedOn();
        lastSequence = sequence;
        take(CommitmentState.Position.recorded(event));
    }

    /**
     * Folds the event in unless this row already holds it (its sequence number is not above the last one folded in).
     *
     * @return whether the event was folded in
     */
    public boolean fold(CommitmentEvent event, long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        take(position().after(event));
        lastSequence = sequence;
        return true;
    }

    /** Where the commitment stands as this row keeps it. */
    protected CommitmentState.Position position() {
        return new CommitmentState.Position(status, ownerRole, ownerName, dueDate, originalDueDate, dueDateRevisions);
    }

    public String id() {
        return id;
    }

    public AreaCode area() {
        return area;
    }

    public int dueDateRevisions() {
        return dueDateRevisions;
    }

    /** The Areas the commitment counts under: its own first, then those it is held jointly with. */
    public List<AreaCode> areas() {
        return JointAreas.withOwn(area, jointWith);
    }

    public List<AreaCode> jointAreas() {
        return JointAreas.decode(jointWith);
    }

    /** Now due later than first committed to. */
    public boolean slipped() {
        return originalDueDate != null && dueDate != null && dueDate.isAfter(originalDueDate);
    }

    private void take(CommitmentState.Position position) {
        status = position.status();
        ownerRole = position.ownerRole();
        ownerName = position.ownerName();
        dueDate = position.dueDate();
        originalDueDate = position.originalDueDate();
        dueDateRevisions = position.dueDateRevisions();
    }
}
