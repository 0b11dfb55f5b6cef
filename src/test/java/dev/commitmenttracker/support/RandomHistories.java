package dev.commitmenttracker.support;

import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Random commitment histories appended straight to the event store, each event with a chosen recording time: acts the
 * lifecycle allows from the state reached, with business dates that mostly move forward but now and then lie before
 * the act before (as histories recorded before the ordering rule may), sometimes held jointly, sometimes judged at
 * follow-up. Remembers every recording time and business date, so that a test can look at the store "as of" and
 * "valid at" the interesting points.
 */
public final class RandomHistories {

    /** The Areas the histories are spread over; a joint commitment is held with the next one. */
    public static final List<AreaCode> AREAS = List.of(AreaCode.LONDON_NORTH, AreaCode.NORTH_WEST, AreaCode.WESSEX);

    private final Random random;
    private final TreeSet<Instant> recordedAt = new TreeSet<>();
    private final TreeSet<LocalDate> businessDates = new TreeSet<>();
    private Instant clock = Instant.parse("2023-01-01T09:00:00Z");

    public RandomHistories(long seed) {
        this.random = new Random(seed);
    }

    /** Appends {@code count} new commitments' histories, interleaved, in one transaction; returns how many events. */
    public int append(int count, EventStorageEngine storage, TransactionTemplate transactions) {
        List<List<Object>> histories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            histories.add(history());
        }
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int step = 0; ; step++) {
            boolean any = false;
            for (List<Object> history : histories) {
                if (step < history.size()) {
                    any = true;
                    String id = ((CommitmentRecorded) history.get(0)).commitmentId();
                    // now and then several events share a recording time (one transaction's)
                    clock = clock.plus(random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(90_000), ChronoUnit.MILLIS);
                    recordedAt.add(clock);
                    batch.add(new GenericDomainEventMessage<>(
                            "Commitment",
                            id,
                            step,
                            history.get(step),
                            MetaData.emptyInstance(),
                            UUID.randomUUID().toString(),
                            clock));
                }
            }
            if (!any) {
                break;
            }
        }
        transactions.executeWithoutResult(tx -> storage.appendEvents(batch));
        return batch.size();
    }

    /** Instants worth looking from: before, at and just after recording times, picked at random, plus before all and after all. */
    public List<Instant> someRecordingTimes(int count) {
        List<Instant> all = new ArrayList<>(recordedAt);
        List<Instant> picked = new ArrayList<>(
                List.of(all.get(0).minusSeconds(1), all.get(all.size() - 1).plusSeconds(1)));
        for (int i = 0; i < count; i++) {
            Instant at = all.get(random.nextInt(all.size()));
            picked.add(
                    switch (random.nextInt(3)) {
                        case 0 -> at.minusMillis(1);
                        case 1 -> at;
                        default -> at.plusMillis(1);
                    });
        }
        return picked;
    }

    /** Business dates worth looking at: on, the day before and after dates of the histories, plus before all and after all. */
    public List<LocalDate> someBusinessDates(int count) {
        List<LocalDate> all = new ArrayList<>(businessDates);
        List<LocalDate> picked = new ArrayList<>(
                List.of(all.get(0).minusDays(1), all.get(all.size() - 1).plusDays(1)));
        for (int i = 0; i < count; i++) {
            picked.add(all.get(random.nextInt(all.size())).plusDays(random.nextInt(3) - 1));
        }
        return picked;
    }

    public LocalDate lastBusinessDate() {
        return businessDates.last();
    }

    private List<Object> history() {
        String id = UUID.randomUUID().toString();
        AreaCode area = AREAS.get(random.nextInt(AREAS.size()));
        List<AreaCode> joint =
                random.nextInt(6) == 0 ? List.of(AREAS.get((AREAS.indexOf(area) + 1) % AREAS.size())) : List.of();
        LocalDate on = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(700));
        LocalDate due = on.plusDays(60 + random.nextInt(500));
        List<Object> events = new ArrayList<>();
        events.add(new CommitmentRecorded(
                id,
                area,
                joint,
                null,
                null,
                Theme.values()[random.nextInt(Theme.values().length)],
                "Random commitment " + id.substring(0, 8) + ".",
                on,
                due,
                null));
        businessDates.add(on);
        int acts = random.nextInt(12);
        for (int i = 0; i < acts; i++) {
            CommitmentStatus status =
                    CommitmentState.replay(events).orElseThrow().status();
            // mostly forward, sometimes back before the act before
            on = on.plusDays(random.nextInt(7) == 0 ? -random.nextInt(60) : random.nextInt(45));
            Object event = act(id, status, on, due, i);
            if (event == null) {
                break;
            }
            if (event instanceof DueDateRevised revised) {
                due = revised.dueDate();
            }
            events.add(event);
            businessDates.add(((dev.commitmenttracker.commitment.api.CommitmentEvent) event).businessDate());
        }
        return events;
    }

    private Object act(String id, CommitmentStatus status, LocalDate on, LocalDate due, int i) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            return new FollowUpJudged(
                    id, FollowUpGrade.values()[random.nextInt(FollowUpGrade.values().length)], null, on);
        }
        if (roll == 1 && status.isOpen()) {
            return new DueDateRevised(id, due, due.plusDays(30 + random.nextInt(200)), "Moved " + i + ".", on);
        }
        if (roll == 2 && status.isOpen() && random.nextInt(4) == 0) {
            return new CommitmentWithdrawn(id, "Superseded " + i + ".", on);
        }
        return switch (status) {
            case COMMITTED ->
                new CommitmentAssigned(id, OwnerRole.values()[random.nextInt(OwnerRole.values().length)], null, on);
            case ASSIGNED ->
                random.nextBoolean()
                        ? new WorkStarted(id, on)
                        : new CommitmentAssigned(
                                id, OwnerRole.values()[random.nextInt(OwnerRole.values().length)], "Someone " + i, on);
            case IN_PROGRESS ->
                random.nextInt(3) == 0 ? new ProgressNoted(id, "Note " + i + ".", on) : evidence(id, on, i);
            case EVIDENCED ->
                random.nextInt(3) == 0 ? evidence(id, on, i) : new CommitmentClosed(id, "Delivered " + i + ".", on);
            case CLOSED -> random.nextBoolean() ? new CommitmentReopened(id, "Slipped " + i + ".", on) : null;
            case WITHDRAWN -> null;
        };
    }

    private EvidenceRecorded evidence(String id, LocalDate on, int i) {
        int size = 5 + random.nextInt(20);
        return new EvidenceRecorded(
                id, AssuranceMethod.DIP_SAMPLE, on, size, random.nextInt(size + 1), "Sample " + i + ".", null, on);
    }
}
