package dev.commitmenttracker.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.reporting.processing.ProjectionAdmin;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.reporting.progress.ProgressCommitmentRows.DueCount;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import dev.commitmenttracker.support.RandomHistories;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The reports' overdue and due-soon counts, now added up from the open commitments per due month and the current
 * month's rows ({@link OpenDueTally}), and the list totals, now from the counter rows where they answer the filter, are
 * exactly what the queries over every commitment row gave before: on random histories (joint Areas, revised due dates,
 * reopened commitments), as of random days and the first and last days of months; after every event is delivered
 * again, and after a rebuild. The counts per month are also what the migration's fill computes from the rows.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"tracker.test.context=random-histories", "tracker.demo-data.enabled=true"})
class OpenDueCountsIT {

    @LocalServerPort
    int port;

    @Autowired
    ProgressReports reports;

    @Autowired
    ProgressCommitmentRows commitments;

    @Autowired
    CommitmentProgressProjection projection;

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
    void theDueCountsAreTheOnesCountedFromEveryRowOnRandomHistories() {
        RandomHistories histories = new RandomHistories(21);
        histories.append(200, storage, transactions);
        Api api = new Api(port);
        ProjectionsCaughtUp.await(api);

        List<LocalDate> days = days(histories);
        int nonZero = compareDueCounts(days);
        assertThat(nonZero)
                .as("keys with overdue or due-soon commitments compared")
                .isGreaterThan(300);

        assertThat(tally())
                .as("the tally holds only rows that count, as V28 fills it")
                .isEqualTo(fromRows());

        admin.rebuild(ReportingGroups.COMMITMENT_PROGRESS);
        ProjectionsCaughtUp.await(api);
        compareDueCounts(days);
        assertThat(tally()).isEqualTo(fromRows());
    }

    @Test
    void theListTotalsAreTheCountedOnesOnRandomHistories() {
        RandomHistories histories = new RandomHistories(22);
        histories.append(150, storage, transactions);
        ProjectionsCaughtUp.await(new Api(port));

        List<AreaScope> scopes = new ArrayList<>(List.of(
                AreaScope.everyArea(),
                AreaScope.only(List.of(RandomHistories.AREAS.get(0), RandomHistories.AREAS.get(1)))));
        RandomHistories.AREAS.forEach(area -> scopes.add(AreaScope.only(List.of(area))));
        List<CommitmentStatus> statuses = new ArrayList<>(Arrays.asList(CommitmentStatus.values()));
        statuses.add(null);
        List<Theme> themes = Arrays.asList(null, Theme.values()[0], Theme.values()[3]);
        List<OwnerRole> owners = Arrays.asList(null, OwnerRole.values()[0], OwnerRole.values()[2]);
        List<Boolean> overdue = Arrays.asList(null, true, false);
        List<LocalDate> days = List.of(
                histories.lastBusinessDate().withDayOfMonth(1),
                histories.lastBusinessDate().minusMonths(7).withDayOfMonth(15),
                histories.lastBusinessDate().plusMonths(4).withDayOfMonth(1).minusDays(1));

        int fromCounters = 0;
        for (LocalDate day : days) {
            for (AreaScope scope : scopes) {
                for (CommitmentStatus status : statuses) {
                    for (Theme theme : themes) {
                        for (OwnerRole owner : owners) {
                            for (Boolean late : overdue) {
                                CommitmentFilter filter = new CommitmentFilter(status, theme, owner, null, late);
                                Long total = transactions.execute(tx -> reports.total(scope, filter, day));
                                if (total != null) {
                                    assertThat(total)
                                            .as("%s %s on %s", scope, filter, day)
                                            .isEqualTo(commitments.count(ProgressReports.matching(scope, filter, day)));
                                    fromCounters++;
                                }
                            }
                        }
                    }
                }
            }
            // the totals that counted every row of the store before are among those answered from counter rows
            for (CommitmentFilter filter : List.of(
                    new CommitmentFilter(null, null, null, null, null),
                    new CommitmentFilter(null, null, null, null, true),
                    new CommitmentFilter(CommitmentStatus.IN_PROGRESS, null, null, null, null))) {
                assertThat(reports.total(AreaScope.everyArea(), filter, day)).isNotNull();
                assertThat(reports.total(AreaScope.only(List.of(AreaCode.LONDON_NORTH)), filter, day))
                        .isNotNull();
            }
        }
        assertThat(fromCounters).as("totals from counter rows compared").isGreaterThan(300);
    }

    @Test
    void deliveringEveryEventAgainChangesNoCountAndTheMigrationsFillGivesTheSameCounts() {
        new RandomHistories(23).append(40, storage, transactions);
        ProjectionsCaughtUp.await(new Api(port));
        Map<String, Long> before = tally();
        assertThat(before).isEqualTo(fromRows()).isNotEmpty();

        for (String id : jdbc.queryForList("select id from report_commitment order by id", String.class)) {
            for (DomainEventMessage<?> event :
                    eventStore.readEvents(id, 0).asStream().toList()) {
                transactions.executeWithoutResult(tx -> {
                    if (event.getPayload() instanceof CommitmentRecorded recorded) {
                        projection.on(recorded, event.getSequenceNumber());
                    } else if (event.getPayload() instanceof CommitmentEvent commitmentEvent) {
                        projection.on(commitmentEvent, event.getSequenceNumber());
                    }
                });
            }
        }

        assertThat(tally()).isEqualTo(before);
    }

    private List<LocalDate> days(RandomHistories histories) {
        List<LocalDate> days = new ArrayList<>(histories.someBusinessDates(10));
        LocalDate last = histories.lastBusinessDate();
        for (int months = -14; months <= 8; months += 2) {
            LocalDate first = last.plusMonths(months).withDayOfMonth(1);
            days.add(first);
            days.add(first.minusDays(1));
        }
        days.add(reports.today());
        return days;
    }

    /** Compares every Area's due counts on every day with the query over every row; returns the keys compared. */
    private int compareDueCounts(List<LocalDate> days) {
        int keys = 0;
        for (LocalDate day : days) {
            Map<String, String> counted = countedFromEveryRow(day);
            assertThat(summed(transactions.execute(tx -> reports.dueCounts(List.of(AreaCode.values()), day))))
                    .as("due counts on %s", day)
                    .isEqualTo(counted);
            for (AreaCode area : RandomHistories.AREAS) {
                Map<String, String> ofArea = new TreeMap<>(counted);
                ofArea.keySet().removeIf(key -> !key.startsWith(area.name() + "/"));
                assertThat(summed(transactions.execute(tx -> reports.dueCounts(List.of(area), day))))
                        .as("due counts of %s on %s", area, day)
                        .isEqualTo(ofArea);
            }
            keys += counted.size();
        }
        return keys;
    }

    /** The due counts of every Area as the reports counted them before: from every open row up to the horizon. */
    private Map<String, String> countedFromEveryRow(LocalDate today) {
        LocalDate horizon = today.plusDays(30);
        Map<String, String> counts = new TreeMap<>();
        jdbc.query(
                """
                select a.area, a.joint, c.theme, coalesce(c.owner_role, 'UNASSIGNED') as owner,
                       sum(case when c.open_due_date < ? then 1 else 0 end) as overdue,
                       sum(case when c.open_due_date >= ? then 1 else 0 end) as due_soon,
                       sum(case when c.open_due_date >= ? and c.status <> 'EVIDENCED' then 1 else 0 end) as not_evidenced
                from report_commitment_area a join report_commitment c on c.id = a.commitment_id
                where c.open_due_date <= ?
                group by a.area, a.joint, c.theme, coalesce(c.owner_role, 'UNASSIGNED')""",
                rs -> {
                    counts.put(
                            rs.getString("area") + "/" + rs.getBoolean("joint") + "/" + rs.getString("theme") + "/"
                                    + rs.getString("owner"),
                            rs.getLong("overdue") + "/" + rs.getLong("due_soon") + "/" + rs.getLong("not_evidenced"));
                },
                Date.valueOf(today),
                Date.valueOf(today),
                Date.valueOf(today),
                Date.valueOf(horizon));
        return counts;
    }

    /** Due counts added up per key, as the reports add them, keys with nothing left out. */
    private static Map<String, String> summed(List<DueCount> counts) {
        Map<String, long[]> sums = new TreeMap<>();
        for (DueCount count : counts) {
            long[] sum = sums.computeIfAbsent(
                    count.area() + "/" + count.joint() + "/" + count.theme() + "/"
                            + ProgressTallies.ownerKey(count.ownerRole()),
                    key -> new long[3]);
            sum[0] += count.overdue();
            sum[1] += count.dueSoon();
            sum[2] += count.dueSoonNotEvidenced();
        }
        Map<String, String> summed = new TreeMap<>();
        sums.forEach((key, sum) -> {
            if (sum[0] != 0 || sum[1] != 0 || sum[2] != 0) {
                summed.put(key, sum[0] + "/" + sum[1] + "/" + sum[2]);
            }
        });
        return summed;
    }

    /** Every row of the tally, those at zero included (there should be none: a row is deleted as it reaches zero). */
    private Map<String, Long> tally() {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query("select id, open_count from report_open_due_tally", rs -> {
            rows.put(rs.getString("id"), rs.getLong("open_count"));
        });
        return rows;
    }

    /** What V28's fill computes from the commitment rows as they are. */
    private Map<String, Long> fromRows() {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query("""
                select t.area || '/' || case when t.joint then 'true' else 'false' end || '/' || t.theme || '/'
                           || t.owner_role || '/' || cast(t.due_month as varchar(10)) as id,
                       count(*) as open_count
                from (select a.area, a.joint, c.theme, coalesce(c.owner_role, 'UNASSIGNED') as owner_role,
                             cast(date_trunc('month', c.open_due_date) as date) as due_month
                      from report_commitment c join report_commitment_area a on a.commitment_id = c.id
                      where c.open_due_date is not null) t
                group by t.area, t.joint, t.theme, t.owner_role, t.due_month""", rs -> {
            rows.put(rs.getString("id"), rs.getLong("open_count"));
        });
        return rows;
    }
}
