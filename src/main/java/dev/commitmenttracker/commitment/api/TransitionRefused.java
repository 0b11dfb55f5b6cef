package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.RuleViolation;
import java.util.stream.Collectors;

/** The lifecycle does not allow this act in the commitment's current state. */
public class TransitionRefused extends RuleViolation {

    private final CommitmentStatus status;
    private final CommitmentStatus.Act act;

    public TransitionRefused(CommitmentStatus status, CommitmentStatus.Act act) {
        super(
                Kind.CONFLICT,
                "commitment.transition-not-allowed",
                null,
                "Cannot " + act.code() + " a commitment that is " + status + "; allowed in " + status + ": "
                        + (status.allowedActs().isEmpty()
                                ? "nothing (final)"
                                : status.allowedActs().stream()
                                        .map(CommitmentStatus.Act::code)
                                        .collect(Collectors.joining(", "))));
        this.status = status;
        this.act = act;
    }

    public CommitmentStatus status() {
        return status;
    }

    public CommitmentStatus.Act act() {
        return act;
    }
}
