package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The "commitment-progress" projection: a row per commitment (for the list and for counting overdue and due-soon
 * commitments by due date), a row per Area it counts under, and counters by Area, theme, owner role and status.
 * Idempotent: a commitment row remembers the last event folded in, and counters move only when the row does.
 */
@Component
@ProcessingGroup(ReportingGroups.COMMITMENT_PROGRESS)
class CommitmentProgressProjection {

    private final EntityManager entityManager;
    private final CommitmentRows commitments;
    private final CommitmentAreaRows commitmentAreas;
    private final AreaTallies areaTallies;
    private final ThemeTallies themeTallies;

    CommitmentProgressProjection(EntityManager entityManager, CommitmentRows commitments, CommitmentAreaRows commitmentAreas,
                                 AreaTallies areaTallies, ThemeTallies themeTallies) {
        this.entityManager = entityManager;
        this.commitments = commitments;
        this.commitmentAreas = commitmentAreas;
        this.areaTallies = areaTallies;
        this.themeTallies = themeTallies;
    }

    @EventHandler
    void on(CommitmentRecorded event, @SequenceNumber long sequence) {
        if (entityManager.find(CommitmentRow.class, event.commitmentId()) != null) {
            return;
        }
        CommitmentRow row = new CommitmentRow(event, sequence);
        entityManager.persist(row);
        for (AreaCode area : row.areas()) {
            entityManager.persist(new CommitmentAreaRow(row.id, area, area != row.area));
        }
        count(row.standing(), 1);
    }

    /** Every other commitment event: fold it into the row; move the counters if status or owner changed. */
    @EventHandler
    void on(CommitmentEvent event, @SequenceNumber long sequence) {
        CommitmentRow row = Rows.require(entityManager.find(CommitmentRow.class, event.commitmentId()), event);
        CommitmentRow.Standing before = row.standing();
        if (row.fold(event, sequence) && !before.equals(row.standing())) {
            count(before, -1);
            count(row.standing(), 1);
        }
    }

    @ResetHandler
    void reset() {
        commitmentAreas.deleteAllInBatch();
        commitments.deleteAllInBatch();
        areaTallies.deleteAllInBatch();
        themeTallies.deleteAllInBatch();
    }

    private void count(CommitmentRow.Standing standing, int delta) {
        for (AreaCode area : standing.areas()) {
            AreaTally tally = entityManager.find(AreaTally.class, AreaTally.id(area, standing.theme(), standing.ownerRole()));
            if (tally == null) {
                tally = new AreaTally(area, standing.theme(), standing.ownerRole());
                entityManager.persist(tally);
            }
            tally.count(standing.status(), delta);
        }
        ThemeTally theme = entityManager.find(ThemeTally.class, standing.theme());
        if (theme == null) {
            theme = new ThemeTally(standing.theme());
            entityManager.persist(theme);
        }
        theme.count(standing.status(), delta);
    }
}
