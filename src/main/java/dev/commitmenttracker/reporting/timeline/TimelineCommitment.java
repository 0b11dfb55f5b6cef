package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the timeline has folded in of one commitment: the Areas it counts under, its status after every event so far,
 * the latest business date of an act, and the sequence number of the last event (a redelivered one changes nothing).
 */
@Entity
@Table(name = "timeline_commitment")
class TimelineCommitment {

    @Id
    String id;
    @Enumerated(EnumType.STRING)
    AreaCode area;
    @Column(name = "joint_with")
    String jointWith;
    @Enumerated(EnumType.STRING)
    CommitmentStatus status;
    @Column(name = "last_act_on")
    LocalDate lastActOn;
    @Column(name = "last_sequence")
    long lastSequence;

    protected TimelineCommitment() {
    }

    TimelineCommitment(CommitmentRecorded event, long sequence) {
        CommitmentState state = CommitmentState.recorded(event);
        id = state.id();
        area = state.area();
        jointWith = state.jointWith().stream().map(Enum::name).collect(Collectors.joining(","));
        status = state.status();
        lastActOn = state.committedOn();
        lastSequence = sequence;
    }

    /** Its own Area first, then those it is held jointly with. */
    List<AreaCode> areas() {
        List<AreaCode> areas = new ArrayList<>(List.of(area));
        if (!jointWith.isEmpty()) {
            Arrays.stream(jointWith.split(",")).map(AreaCode::valueOf).forEach(areas::add);
        }
        return areas;
    }

    /** The status after one more event, by the commitments' own fold (only the status matters here). */
    CommitmentStatus statusAfter(Object event) {
        return new CommitmentState(id, area, List.of(), null, null, null, null, status, null, null, lastActOn, null, null, List.of(),
                List.of(), List.of(), null, null, null, List.of(), null, null, null).evolve(event).status();
    }

    /** Takes in an event that was folded: its status, its date if it was a later act, its sequence number. */
    void folded(CommitmentStatus next, LocalDate actOn, long sequence) {
        status = next;
        if (actOn != null && actOn.isAfter(lastActOn)) {
            lastActOn = actOn;
        }
        lastSequence = sequence;
    }
}
