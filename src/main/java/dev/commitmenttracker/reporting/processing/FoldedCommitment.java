package dev.commitmenttracker.reporting.processing;

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
 * The part of a commitment's state a projection keeps in its row, moved on only by {@link CommitmentState#evolve}:
 * the row is turned back into a {@link CommitmentState}, the event is folded in, and the row takes the result. So
 * status, owner and due date follow exactly the rules of the write side. The sequence number of the last event
 * folded in makes a redelivered or replayed event change nothing twice. Shared by the projections that keep a row
 * per commitment (progress, slippage).
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

    protected FoldedCommitment() {
    }

    protected FoldedCommitment(CommitmentRecorded event, long sequence) {
        CommitmentState state = CommitmentState.recorded(event);
        id = state.id();
        area = state.area();
        jointWith = JointAreas.encode(state.jointWith());
        theme = state.theme();
        committedOn = state.committedOn();
        originalDueDate = state.originalDueDate();
        lastSequence = sequence;
        take(state);
    }

    /**
     * Folds the event in unless this row already holds it (its sequence number is not above the last one folded in).
     *
     * @return whether the event was folded in
     */
    public boolean fold(Object event, long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        CommitmentState next = state().evolve(event);
        if (!next.dueDateRevisions().isEmpty()) {
            // state() starts from no revisions, so the evolved state holds just the one this event made
            if (dueDateRevisions == 0) {
                originalDueDate = next.originalDueDate();
            }
            dueDateRevisions += next.dueDateRevisions().size();
        }
        take(next);
        lastSequence = sequence;
        return true;
    }

    /** The commitment as far as this row knows it; lists it does not keep are empty. */
    protected CommitmentState state() {
        return new CommitmentState(id, area, jointAreas(), null, null, theme, null, status, ownerRole, ownerName, committedOn,
                dueDate, null, List.of(), List.of(), List.of(), null, null, null, List.of(), null, null, null);
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

    private void take(CommitmentState state) {
        status = state.status();
        ownerRole = state.ownerRole();
        ownerName = state.ownerName();
        dueDate = state.dueDate();
    }
}
