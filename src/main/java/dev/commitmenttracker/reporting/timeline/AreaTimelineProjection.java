package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.reporting.processing.BatchCache;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The "area-timeline" projection: for each Area, how many of its commitments (its own and those it holds jointly)
 * stand in each status from each business date on, kept as dated changes ({@link TimelineChange}), so that the Area
 * page's month-by-month chart is one indexed query ({@link ProgressOverTime}) instead of a read of every stream.
 * <p>
 * The status on a date is the validAt view's: the commitment's events dated on or before it, folded in stream order.
 * Each commitment's row keeps what of its events can move its status ({@link TimelineCommitment}), so an event's
 * changes on every date follow from the row alone: an act in date order changes the counts from its own date on; an
 * event dated before acts already taken in (evidence effective earlier, a history recorded before acts had to be in
 * order) can change earlier dates too. Idempotent through the last sequence number taken into each row; the changes
 * of a batch are summed and written when it commits ({@link PendingChanges}).
 */
@Component
@ProcessingGroup(ReportingGroups.AREA_TIMELINE)
class AreaTimelineProjection {

    private final EntityManager entityManager;
    private final BatchCache<String, TimelineCommitment> rows;
    private final BatchCache<AreaCode, TimelineArea> starts;
    private final PendingChanges changes;

    AreaTimelineProjection(EntityManager entityManager, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.rows = BatchCache.byCommitment(TimelineCommitment.class, entityManager, row -> row.id);
        this.starts = BatchCache.whole(TimelineArea.class, entityManager, start -> start.area);
        this.changes = new PendingChanges(jdbc);
    }

    @EventHandler
    void on(CommitmentRecorded event, @SequenceNumber long sequence) {
        if (rows.find(event.commitmentId()) != null) {
            return;
        }
        TimelineCommitment row = rows.add(new TimelineCommitment(event, sequence));
        for (AreaCode area : row.areas()) {
            seen(area, event.committedOn());
            for (TimelineCommitment.Step step : row.steps()) {
                changes.add(area, step.on(), step.status(), step.delta());
            }
        }
    }

    /** Every other commitment event. */
    @EventHandler
    void on(CommitmentEvent event, @SequenceNumber long sequence) {
        TimelineCommitment row = rows.find(event.commitmentId());
        if (row == null) {
            throw new IllegalStateException("No timeline row for commitment " + event.commitmentId() + " to apply "
                    + event.getClass().getSimpleName() + " to: its CommitmentRecorded was never projected");
        }
        if (sequence <= row.lastSequence) {
            return;
        }
        List<TimelineCommitment.Step> steps = row.take(event, sequence);
        for (AreaCode area : row.areas()) {
            seen(area, event.businessDate());
            for (TimelineCommitment.Step step : steps) {
                changes.add(area, step.on(), step.status(), step.delta());
            }
        }
    }

    @ResetHandler
    void reset() {
        entityManager.createQuery("delete from TimelineChange").executeUpdate();
        entityManager.createQuery("delete from TimelineArea").executeUpdate();
        entityManager.createQuery("delete from TimelineCommitment").executeUpdate();
    }

    private void seen(AreaCode area, LocalDate on) {
        TimelineArea known = starts.find(area);
        if (known == null) {
            starts.add(new TimelineArea(area, on));
        } else {
            known.seen(on);
        }
    }
}
