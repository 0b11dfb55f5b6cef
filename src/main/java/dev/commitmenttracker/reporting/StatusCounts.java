package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Counters of commitments in each status, kept in a counter row. */
@Embeddable
class StatusCounts {

    int committed;
    int assigned;
    @Column(name = "in_progress")
    int inProgress;
    int evidenced;
    int closed;
    int withdrawn;

    int get(CommitmentStatus status) {
        return switch (status) {
            case COMMITTED -> committed;
            case ASSIGNED -> assigned;
            case IN_PROGRESS -> inProgress;
            case EVIDENCED -> evidenced;
            case CLOSED -> closed;
            case WITHDRAWN -> withdrawn;
        };
    }

    void add(CommitmentStatus status, int delta) {
        switch (status) {
            case COMMITTED -> committed += delta;
            case ASSIGNED -> assigned += delta;
            case IN_PROGRESS -> inProgress += delta;
            case EVIDENCED -> evidenced += delta;
            case CLOSED -> closed += delta;
            case WITHDRAWN -> withdrawn += delta;
        }
    }

    int open() {
        return committed + assigned + inProgress + evidenced;
    }
}
