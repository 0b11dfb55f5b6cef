package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
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
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the timeline keeps of one commitment: the Areas it counts under, the date it was made, and each event so far
 * that can move its status, as its business date and the status it leads to from each status (worked out by the
 * commitments' own fold, {@link CommitmentState#evolve}). From these its status on any business date is what the
 * validAt view gives (the events dated on or before it, folded in stream order; nothing before the commitment was
 * made), without reading its stream. The sequence number of the last event taken in makes a redelivered one change
 * nothing.
 */
@Entity
@Table(name = "timeline_commitment")
class TimelineCommitment {

    /** A change of status on a date: that this many more commitments stand in the status from then on (-1: one fewer). */
    record Step(LocalDate on, CommitmentStatus status, long delta) {}

    private static final CommitmentStatus[] STATUSES = CommitmentStatus.values();

    @Id
    String id;

    @Enumerated(EnumType.STRING)
    AreaCode area;

    @Column(name = "joint_with")
    String jointWith;

    @Column(name = "committed_on")
    LocalDate committedOn;
    /** "date:moves" per event that can move the status, in stream order, ';'-separated; moves: the next status's ordinal for each status. */
    String moves;

    @Column(name = "last_sequence")
    long lastSequence;

    protected TimelineCommitment() {}

    TimelineCommitment(CommitmentRecorded event, long sequence) {
        id = event.commitmentId();
        area = event.area();
        jointWith = event.jointWith() == null
                ? ""
                : event.jointWith().stream().map(Enum::name).collect(Collectors.joining(","));
        committedOn = event.committedOn();
        moves = "";
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

    /**
     * Takes in the event (unless this row already holds it) and answers the changes of status it makes, on whatever
     * dates: the steps of the history with it less the steps without it. Empty when it changes no status on any date.
     */
    List<Step> take(CommitmentEvent event, long sequence) {
        if (sequence <= lastSequence) {
            return List.of();
        }
        lastSequence = sequence;
        String move = move(event);
        if (move == null) {
            return List.of();
        }
        List<Step> before = steps();
        moves = moves.isEmpty() ? move : moves + ";" + move;
        List<Step> changes = new ArrayList<>(steps());
        for (Step step : before) {
            if (!changes.remove(step)) {
                changes.add(new Step(step.on(), step.status(), -step.delta()));
            }
        }
        return changes;
    }

    /** The changes of status over the whole history: into COMMITTED on the day it was made, then each move that changes it. */
    List<Step> steps() {
        List<LocalDate> dates = new ArrayList<>();
        List<int[]> nexts = new ArrayList<>();
        TreeSet<LocalDate> days = new TreeSet<>(List.of(committedOn));
        if (!moves.isEmpty()) {
            for (String entry : moves.split(";")) {
                LocalDate on = LocalDate.parse(entry.substring(0, 10));
                int[] next = entry.substring(11).chars().map(c -> c - '0').toArray();
                dates.add(on);
                nexts.add(next);
                if (!on.isBefore(committedOn)) {
                    days.add(on);
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        CommitmentStatus before = null;
        for (LocalDate day : days) {
            int status = CommitmentStatus.COMMITTED.ordinal();
            for (int i = 0; i < dates.size(); i++) {
                if (!dates.get(i).isAfter(day)) {
                    status = nexts.get(i)[status];
                }
            }
            CommitmentStatus now = STATUSES[status];
            if (now != before) {
                if (before != null) {
                    steps.add(new Step(day, before, -1));
                }
                steps.add(new Step(day, now, 1));
                before = now;
            }
        }
        return steps;
    }

    /** "date:moves" for an event that moves some status somewhere, null for one that moves none (a note, a judgement). */
    private String move(CommitmentEvent event) {
        StringBuilder next = new StringBuilder();
        boolean moves = false;
        for (CommitmentStatus status : STATUSES) {
            CommitmentStatus after = new CommitmentState(
                            id,
                            area,
                            List.of(),
                            null,
                            null,
                            null,
                            null,
                            status,
                            null,
                            null,
                            committedOn,
                            null,
                            null,
                            List.of(),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            null,
                            null,
                            List.of(),
                            List.of())
                    .evolve(event)
                    .status();
            moves |= after != status;
            next.append((char) ('0' + after.ordinal()));
        }
        return moves ? event.businessDate() + ":" + next : null;
    }
}
