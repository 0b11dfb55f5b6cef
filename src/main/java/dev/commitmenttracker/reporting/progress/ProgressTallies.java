package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.reporting.processing.ProjectionRows;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The counter rows of the "commitment-progress" projection: commitments by status per Area and theme, per Area and
 * owner role, and per theme (each commitment once however many Areas hold it). The projection moves them; the
 * reports read them here.
 */
@Component
class ProgressTallies {

    /** The owner role key of commitments not yet assigned. */
    static final String UNASSIGNED = "UNASSIGNED";

    /** Counters of commitments in each status, kept in a counter row. */
    @Embeddable
    static class StatusCounts {

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

        /** In the status given, or in any status for null. */
        long count(CommitmentStatus status) {
            return status == null ? open() + closed + withdrawn : get(status);
        }
    }

    /** Counters of an Area's commitments on one theme, by status. */
    @Entity(name = "AreaThemeTally")
    @Table(name = "report_area_theme_tally")
    static class AreaThemeTally {

        @Id
        String id;

        @Enumerated(EnumType.STRING)
        AreaCode area;

        @Enumerated(EnumType.STRING)
        Theme theme;

        @Embedded
        StatusCounts counts = new StatusCounts();

        protected AreaThemeTally() {}

        AreaThemeTally(AreaCode area, Theme theme) {
            this.id = id(area, theme);
            this.area = area;
            this.theme = theme;
        }

        static String id(AreaCode area, Theme theme) {
            return area.name() + "/" + theme.name();
        }
    }

    /** Counters of an Area's commitments owned by one role ({@value #UNASSIGNED} before the first assignment), by status. */
    @Entity(name = "AreaOwnerTally")
    @Table(name = "report_area_owner_tally")
    static class AreaOwnerTally {

        @Id
        String id;

        @Enumerated(EnumType.STRING)
        AreaCode area;

        @Column(name = "owner_role")
        String ownerRole;

        @Embedded
        StatusCounts counts = new StatusCounts();

        protected AreaOwnerTally() {}

        AreaOwnerTally(AreaCode area, OwnerRole ownerRole) {
            this.id = id(area, ownerRole);
            this.area = area;
            this.ownerRole = ownerKey(ownerRole);
        }

        static String id(AreaCode area, OwnerRole ownerRole) {
            return area.name() + "/" + ownerKey(ownerRole);
        }
    }

    /** Counters of all commitments of one theme by status, each commitment counted once however many Areas hold it. */
    @Entity(name = "ThemeTally")
    @Table(name = "report_theme_tally")
    static class ThemeTally {

        @Id
        @Enumerated(EnumType.STRING)
        Theme theme;

        @Embedded
        StatusCounts counts = new StatusCounts();

        protected ThemeTally() {}

        ThemeTally(Theme theme) {
            this.theme = theme;
        }
    }

    private final EntityManager entityManager;

    ProgressTallies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The owner role as the counters and reports key it: its name, or {@value #UNASSIGNED}. */
    static String ownerKey(OwnerRole ownerRole) {
        return ownerRole == null ? UNASSIGNED : ownerRole.name();
    }

    List<AreaThemeTally> byAreaAndTheme(AreaScope scope) {
        return entityManager
                .createQuery("select t from AreaThemeTally t where t.area in :areas", AreaThemeTally.class)
                .setParameter("areas", scope.areas())
                .getResultList();
    }

    List<AreaOwnerTally> byAreaAndOwner(AreaScope scope) {
        return entityManager
                .createQuery("select t from AreaOwnerTally t where t.area in :areas", AreaOwnerTally.class)
                .setParameter("areas", scope.areas())
                .getResultList();
    }

    List<ThemeTally> byTheme() {
        return entityManager
                .createQuery("select t from ThemeTally t", ThemeTally.class)
                .getResultList();
    }

    void deleteAll() {
        ProjectionRows.deleteAll(entityManager, AreaThemeTally.class, AreaOwnerTally.class, ThemeTally.class);
    }
}
