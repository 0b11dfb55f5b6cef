package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.ReportingGroups;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The "area-timeline" projection: for each Area, how many of its commitments (its own and those it holds jointly)
 * stand in each status from each business date on, kept as dated changes ({@link TimelineChange}), so that the Area
 * page's month-by-month chart is one indexed query ({@link ProgressOverTime}) instead of a read of every stream.
 * <p>
 * The status on a date is the validAt view's: the commitment's events dated on or before it, folded in stream order.
 * Acts come in date order (the aggregate refuses one dated before the latest act), so an act changes the status from
 * its own date on and nothing before: one change out of the old status and one into the new. An act dated before one
 * already folded in (a history recorded before that rule) can change earlier dates too: then the commitment's stream
 * up to the act is read and its changes recomputed in full ({@link StatusSteps}). Idempotent through the last sequence
 * number folded into each commitment's row.
 */
@Component
@ProcessingGroup(ReportingGroups.AREA_TIMELINE)
class AreaTimelineProjection {

    private final EntityManager entityManager;
    private final EventStore eventStore;

    AreaTimelineProjection(EntityManager entityManager, EventStore eventStore) {
        this.entityManager = entityManager;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(CommitmentRecorded event, @SequenceNumber long sequence) {
        if (entityManager.find(TimelineCommitment.class, event.commitmentId()) != null) {
            return;
        }
        TimelineCommitment row = new TimelineCommitment(event, sequence);
        entityManager.persist(row);
        for (AreaCode area : row.areas()) {
            seen(area, event.committedOn());
            change(area, event.committedOn(), row.status, 1);
        }
    }

    /** Every other commitment event. */
    @EventHandler
    void on(CommitmentEvent event, @SequenceNumber long sequence) {
        TimelineCommitment row = entityManager.find(TimelineCommitment.class, event.commitmentId());
        if (row == null) {
            throw new IllegalStateException("No timeline row for commitment " + event.commitmentId() + " to apply "
                    + event.getClass().getSimpleName() + " to: its CommitmentRecorded was never projected");
        }
        if (sequence <= row.lastSequence) {
            return;
        }
        LocalDate on = event.businessDate();
        boolean act = CommitmentState.actOf(event).isPresent();
        CommitmentStatus next = row.statusAfter(event);
        List<AreaCode> areas = row.areas();
        for (AreaCode area : areas) {
            seen(area, on);
        }
        if (act && on.isBefore(row.lastActOn)) {
            recount(row, areas, sequence);
        } else if (next != row.status) {
            for (AreaCode area : areas) {
                change(area, on, row.status, -1);
                change(area, on, next, 1);
            }
        }
        row.folded(next, act ? on : null, sequence);
    }

    @ResetHandler
    void reset() {
        entityManager.createQuery("delete from TimelineChange").executeUpdate();
        entityManager.createQuery("delete from TimelineArea").executeUpdate();
        entityManager.createQuery("delete from TimelineCommitment").executeUpdate();
    }

    /** An act dated before one already folded in: takes out what the history before it counted, and counts it anew. */
    private void recount(TimelineCommitment row, List<AreaCode> areas, long sequence) {
        // from the first event on: the stream, never a snapshot
        List<? extends DomainEventMessage<?>> stream = eventStore.readEvents(row.id, 0).asStream()
                .filter(event -> event.getSequenceNumber() <= sequence).toList();
        List<Object> before = stream.stream().filter(event -> event.getSequenceNumber() < sequence).map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
        List<Object> after = stream.stream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
        for (AreaCode area : areas) {
            for (StatusSteps.Step step : StatusSteps.of(before)) {
                change(area, step.on(), step.status(), -step.delta());
            }
            for (StatusSteps.Step step : StatusSteps.of(after)) {
                change(area, step.on(), step.status(), step.delta());
            }
        }
    }

    private void change(AreaCode area, LocalDate on, CommitmentStatus status, long delta) {
        TimelineChange change = entityManager.find(TimelineChange.class, TimelineChange.key(area, on, status));
        if (change == null) {
            change = new TimelineChange(area, on, status);
            entityManager.persist(change);
        }
        change.add(delta);
    }

    private void seen(AreaCode area, LocalDate on) {
        TimelineArea known = entityManager.find(TimelineArea.class, area);
        if (known == null) {
            entityManager.persist(new TimelineArea(area, on));
        } else {
            known.seen(on);
        }
    }
}
