package dev.commitmenttracker.reporting;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The "commitment-progress" projection: a row per commitment (for the list and for counting overdue and due-soon
 * commitments by due date), a row per Area it counts under, and counters by status per Area and theme, per Area and
 * owner role, and per theme.
 * Idempotent: a commitment row remembers the last event folded in, and counters move only when the row does.
 */
@Component
@ProcessingGroup(ReportingGroups.COMMITMENT_PROGRESS)
class CommitmentProgressProjection {

    private final EntityManager entityManager;
    private final CommitmentRows commitments;
    private final CommitmentAreaRows commitmentAreas;
    private final AreaThemeTallies areaThemeTallies;
    private final AreaOwnerTallies areaOwnerTallies;
    private final ThemeTallies themeTallies;
    private final BatchCache<String, CommitmentRow> rows;
    private final BatchCache<String, AreaThemeTally> areaThemeCounters;
    private final BatchCache<String, AreaOwnerTally> areaOwnerCounters;
    private final BatchCache<Theme, ThemeTally> themeCounters;

    CommitmentProgressProjection(EntityManager entityManager, CommitmentRows commitments, CommitmentAreaRows commitmentAreas,
                                 AreaThemeTallies areaThemeTallies, AreaOwnerTallies areaOwnerTallies, ThemeTallies themeTallies) {
        this.entityManager = entityManager;
        this.commitments = commitments;
        this.commitmentAreas = commitmentAreas;
        this.areaThemeTallies = areaThemeTallies;
        this.areaOwnerTallies = areaOwnerTallies;
        this.themeTallies = themeTallies;
        this.rows = BatchCache.byCommitment(CommitmentRow.class, entityManager, row -> row.id, commitments::findAllById);
        this.areaThemeCounters = BatchCache.whole(AreaThemeTally.class, entityManager, tally -> tally.id);
        this.areaOwnerCounters = BatchCache.whole(AreaOwnerTally.class, entityManager, tally -> tally.id);
        this.themeCounters = BatchCache.whole(ThemeTally.class, entityManager, tally -> tally.theme);
    }

    @EventHandler
    void on(CommitmentRecorded event, @SequenceNumber long sequence) {
        if (rows.find(event.commitmentId()) != null) {
            return;
        }
        CommitmentRow row = rows.add(new CommitmentRow(event, sequence));
        for (AreaCode area : row.areas()) {
            DeferredInserts.persist(entityManager, new CommitmentAreaRow(row.id, area, area != row.area));
        }
        count(row.standing(), 1);
    }

    /** Every other commitment event: fold it into the row; move the counters if status or owner changed. */
    @EventHandler
    void on(CommitmentEvent event, @SequenceNumber long sequence) {
        CommitmentRow row = Rows.require(rows.find(event.commitmentId()), event);
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
        areaThemeTallies.deleteAllInBatch();
        areaOwnerTallies.deleteAllInBatch();
        themeTallies.deleteAllInBatch();
    }

    private void count(CommitmentRow.Standing standing, int delta) {
        for (AreaCode area : standing.areas()) {
            AreaThemeTally byTheme = areaThemeCounters.find(AreaThemeTally.id(area, standing.theme()));
            if (byTheme == null) {
                byTheme = areaThemeCounters.add(new AreaThemeTally(area, standing.theme()));
            }
            byTheme.count(standing.status(), delta);
            AreaOwnerTally byOwner = areaOwnerCounters.find(AreaOwnerTally.id(area, standing.ownerRole()));
            if (byOwner == null) {
                byOwner = areaOwnerCounters.add(new AreaOwnerTally(area, standing.ownerRole()));
            }
            byOwner.count(standing.status(), delta);
        }
        ThemeTally theme = themeCounters.find(standing.theme());
        if (theme == null) {
            theme = themeCounters.add(new ThemeTally(standing.theme()));
        }
        theme.count(standing.status(), delta);
    }
}
