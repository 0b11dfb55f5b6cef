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

    /**
     * The things one can do to a commitment, each with the states it is allowed from and how a refusal and the done
     * act read in a sentence ("Work cannot be started on ..., before the commitment was assigned on ...").
     */
    public enum Act {
        ASSIGN(
                EnumSet.of(COMMITTED, ASSIGNED, IN_PROGRESS, EVIDENCED),
                "The commitment cannot be assigned",
                "the commitment was assigned"),
        START(EnumSet.of(ASSIGNED), "Work cannot be started", "work was started"),
        NOTE_PROGRESS(EnumSet.of(IN_PROGRESS, EVIDENCED), "Progress cannot be noted", "progress was noted"),
        RECORD_EVIDENCE(EnumSet.of(IN_PROGRESS, EVIDENCED), "Evidence cannot be effective", "evidence was effective"),
        CLOSE(EnumSet.of(EVIDENCED), "The commitment cannot be closed", "the commitment was closed"),
        REOPEN(EnumSet.of(CLOSED), "The commitment cannot be reopened", "the commitment was reopened"),
        REVISE_DUE_DATE(
                EnumSet.of(COMMITTED, ASSIGNED, IN_PROGRESS, EVIDENCED),
                "The due date cannot be revised",
                "the due date was revised"),
        WITHDRAW(
                EnumSet.of(COMMITTED, ASSIGNED, IN_PROGRESS, EVIDENCED),
                "The commitment cannot be withdrawn",
                "the commitment was withdrawn");

        private final Set<CommitmentStatus> allowedFrom;
        private final String refused;
        private final String done;

        Act(Set<CommitmentStatus> allowedFrom, String refused, String done) {
            this.allowedFrom = allowedFrom;
            this.refused = refused;
            this.done = done;
        }

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }

        /** Whether the lifecycle allows this act in {@code status}. */
        public boolean allowedFrom(CommitmentStatus status) {
            return allowedFrom.contains(status);
        }

        /** The start of a refusal of this act, e.g. "Work cannot be started". */
        public String refused() {
            return refused;
        }

        /** This act as a past fact, e.g. "work was started". */
        public String done() {
            return done;
        }
    }
}
