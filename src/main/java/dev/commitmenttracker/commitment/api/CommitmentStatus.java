package dev.commitmenttracker.commitment.api;

import java.util.EnumSet;
import java.util.Set;

/** Where a commitment stands. Knows which moves each state allows and says why a move is refused. */
public enum CommitmentStatus {
    COMMITTED,
    ASSIGNED,
    IN_PROGRESS,
    EVIDENCED,
    CLOSED,
    WITHDRAWN;

    /** A commitment still to be delivered: it can be reassigned, have its due date revised or be withdrawn. */
    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }

    /** The acts the lifecycle allows in this state, named as the API names them. */
    public Set<Act> allowedActs() {
        Set<Act> acts = EnumSet.noneOf(Act.class);
        for (Act act : Act.values()) {
            if (act.allowedFrom.contains(this)) {
                acts.add(act);
            }
        }
        return acts;
    }

    /** Refuses the act unless this state allows it, naming the state and what it does allow. */
    public void require(Act act) {
        if (!act.allowedFrom.contains(this)) {
            throw new TransitionRefused(this, act);
        }
    }

    /** The things one can do to a commitment, each with the states it is allowed from. */
    public enum Act {
        ASSIGN(EnumSet.of(COMMITTED, ASSIGNED, IN_PROGRESS, EVIDENCED)),
        START(EnumSet.of(ASSIGNED)),
        NOTE_PROGRESS(EnumSet.of(IN_PROGRESS, EVIDENCED)),
        RECORD_EVIDENCE(EnumSet.of(IN_PROGRESS, EVIDENCED)),
        CLOSE(EnumSet.of(EVIDENCED)),
        REOPEN(EnumSet.of(CLOSED)),
        REVISE_DUE_DATE(EnumSet.of(COMMITTED, ASSIGNED, IN_PROGRESS, EVIDENCED)),
        WITHDRAW(EnumSet.of(COMMITTED, ASSIGNED, IN_PROGRESS, EVIDENCED));

        private final Set<CommitmentStatus> allowedFrom;

        Act(Set<CommitmentStatus> allowedFrom) {
            this.allowedFrom = allowedFrom;
        }

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }
}
