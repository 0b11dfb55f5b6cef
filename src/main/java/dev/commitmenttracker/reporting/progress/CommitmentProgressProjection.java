package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.reporting.processing.BatchCache;
import dev.commitmenttracker.reporting.processing.DeferredInserts;
import dev.commitmenttracker.reporting.processing.ProjectionRows;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.reporting.progress.ProgressTallies.AreaOwnerTally;
import dev.commitmenttracker.reporting.progress.ProgressTallies.AreaThemeTally;
import dev.commitmenttracker.reporting.progress.ProgressTallies.ThemeTally;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The "commitment-progress" projection: a row per commitment (for the list and for counting overdue and due-soon
 * commitments by due date), a row per Area it counts under, and counters by status per Area and theme, per Area and
 * owner role, and per theme ({@link ProgressTallies}), and open commitments per Area, theme, owner role and due month
 * ({@link OpenDueTally}).
 * Idempotent: a commitment row remembers the last event folded in, and counters move only when the row does.
 */
@Component
@ProcessingGroup(ReportingGroups.COMMITMENT_PROGRESS)
class CommitmentProgressProjection {

    private final EntityManager entityManager;
    private final ProgressTallies tallies;
    private final OpenDueTally openDue;
    private final BatchCache<String, ProgressCommitmentRow> rows;
    private final BatchCache<String, AreaThemeTally> areaThemeCounters;
    private final BatchCache<String, AreaOwnerTally> areaOwnerCounters;
    private final BatchCache<Theme, ThemeTally> themeCounters;

    CommitmentProgressProjection(EntityManager entityManager, ProgressTallies tallies, OpenDueTally openDue) {
        this.entityManager = entityManager;
        this.tallies = tallies;
        this.openDue = openDue;
        this.rows = BatchCache.byCommitment(ProgressCommitmentRow.class, entityManager, ProgressCommitmentRow::id);
        this.areaThemeCounters = BatchCache.whole(AreaThemeTally.class, entityManager, tally -> tally.id);
        this.areaOwnerCounters = BatchCache.whole(AreaOwnerTally.class, entityManager, tally -> tally.id);
        this.themeCounters = BatchCache.whole(ThemeTally.class, entityManager, tally -> tally.theme);
    }

    @EventHandler
    void on(CommitmentRecorded event, @SequenceNumber long sequence) {
        if (rows.find(event.commitmentId()) != null) {
            return;
        }
        ProgressCommitmentRow row = rows.add(new ProgressCommitmentRow(event, sequence));
        row.inAreas().forEach(inArea -> DeferredInserts.persist(entityManager, inArea));
        count(row.standing(), 1);
        openDue.count(row.dueStanding(), 1);
    }

    /** Every other commitment event: fold it into the row; move the counters if status or owner changed. */
    @EventHandler
    void on(CommitmentEvent event, @SequenceNumber long sequence) {
        ProgressCommitmentRow row = ProjectionRows.require(rows.find(event.commitmentId()), event);
        ProgressCommitmentRow.Standing before = row.standing();
        ProgressCommitmentRow.DueStanding dueBefore = row.dueStanding();
        if (!row.fold(event, sequence)) {
            return;
        }
        if (!before.equals(row.standing())) {
            count(before, -1);
            count(row.standing(), 1);
        }
        ProgressCommitmentRow.DueStanding dueAfter = row.dueStanding();
        if (!Objects.equals(dueBefore, dueAfter)) {
            openDue.count(dueBefore, -1);
            openDue.count(dueAfter, 1);
        }
    }

    @ResetHandler
    void reset() {
        ProjectionRows.deleteAll(entityManager, ProgressCommitmentRow.InArea.class, ProgressCommitmentRow.class);
        tallies.deleteAll();
        openDue.deleteAll();
    }

    private void count(ProgressCommitmentRow.Standing standing, int delta) {
        for (AreaCode area : standing.areas()) {
            AreaThemeTally byTheme = areaThemeCounters.find(AreaThemeTally.id(area, standing.theme()));
            if (byTheme == null) {
                byTheme = areaThemeCounters.add(new AreaThemeTally(area, standing.theme()));
            }
            byTheme.counts.add(standing.status(), delta);
            AreaOwnerTally byOwner = areaOwnerCounters.find(AreaOwnerTally.id(area, standing.ownerRole()));
            if (byOwner == null) {
                byOwner = areaOwnerCounters.add(new AreaOwnerTally(area, standing.ownerRole()));
            }
            byOwner.counts.add(standing.status(), delta);
        }
        ThemeTally theme = themeCounters.find(standing.theme());
        if (theme == null) {
            theme = themeCounters.add(new ThemeTally(standing.theme()));
        }
        theme.counts.add(standing.status(), delta);
    }
}
