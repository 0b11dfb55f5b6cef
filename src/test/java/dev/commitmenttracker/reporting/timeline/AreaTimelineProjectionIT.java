package dev.commitmenttracker.reporting.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.reporting.ProgressReports;
import dev.commitmenttracker.reporting.ProjectionAdmin;
import dev.commitmenttracker.reporting.ReportingGroups;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import dev.commitmenttracker.support.RandomHistories;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The "area-timeline" projection gives the Area page's series exactly as reading and folding every stream of the Area
 * gave it ({@link ReplayedTimeline}): on the demonstration data and on random histories (joint Areas, acts dated before
 * the act before), up to random days, after a rebuild, and after every event is delivered again.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"tracker.test.context=random-histories", "tracker.demo-data.enabled=true"})
class AreaTimelineProjectionIT {

    @LocalServerPort
    int port;
    @Autowired
    ProgressOverTime progressOverTime;
    @Autowired
    AreaTimelineProjection projection;
    @Autowired
    ProgressReports progress;
    @Autowired
    ProjectionAdmin admin;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProjectedSeriesIsTheReplayedSeriesOnTheDemoDataAndOnRandomHistories() {
        Api api = new Api(port);
        ProjectionsCaughtUp.await(api);
        List<LocalDate> demoDays = List.of(progress.today(), progress.today().withDayOfMonth(1), LocalDate.of(2024, 3, 15));
        assertThat(compareEveryArea(demoDays)).as("months compared on the demo data").isGreaterThan(0);

        RandomHistories histories = new RandomHistories(12);
        histories.append(150, storage, transactions);
        ProjectionsCaughtUp.await(api);
        List<LocalDate> days = new ArrayList<>(histories.someBusinessDates(8));
        days.add(progress.today());
        days.add(histories.lastBusinessDate().withDayOfMonth(1).minusDays(1));
        assertThat(compareEveryArea(days)).as("months compared").isGreaterThan(500);

        admin.rebuild(ReportingGroups.AREA_TIMELINE);
        ProjectionsCaughtUp.await(api);
        compareEveryArea(days);
    }

    @Test
    void deliveringEveryEventAgainChangesNothing() {
        Api api = new Api(port);
        RandomHistories histories = new RandomHistories(13);
        histories.append(20, storage, transactions);
        ProjectionsCaughtUp.await(api);
        List<String> before = rows();

        for (String id : jdbc.queryForList("select id from timeline_commitment order by id", String.class)) {
            for (DomainEventMessage<?> event : eventStore.readEvents(id, 0).asStream().toList()) {
                transactions.executeWithoutResult(tx -> {
                    if (event.getPayload() instanceof CommitmentRecorded recorded) {
                        projection.on(recorded, event.getSequenceNumber());
                    } else {
                        projection.on((CommitmentEvent) event.getPayload(), event.getSequenceNumber());
                    }
                });
            }
        }

        assertThat(rows()).isEqualTo(before);
    }

    private int compareEveryArea(List<LocalDate> days) {
        int months = 0;
        for (AreaCode area : AreaCode.values()) {
            List<String> ids = progress.commitmentIdsIn(area);
            for (LocalDate until : days) {
                List<ProgressOverTime.Month> replayed = ReplayedTimeline.monthly(eventStore, ids, until);
                assertThat(progressOverTime.monthly(area, until)).as("%s up to %s", area, until).isEqualTo(replayed);
                months += replayed.size();
            }
        }
        return months;
    }

    private List<String> rows() {
        List<String> rows = new ArrayList<>(jdbc.queryForList("select id || '=' || delta from timeline_change order by id", String.class));
        rows.addAll(jdbc.queryForList("select area || '=' || first_on from timeline_area order by area", String.class));
        rows.addAll(jdbc.queryForList("select id || '=' || moves || ',' || last_sequence from timeline_commitment order by id",
                String.class));
        return rows;
    }
}
