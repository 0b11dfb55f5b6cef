package dev.commitmenttracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.TestDatabase;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The plans V16 exists for, on PostgreSQL: which index a query can use, not how fast it is (the timings are in
 * docs/benchmarks.md, "Indexes for the large store"). Sequential and bitmap scans are switched off so that the
 * planner shows the index path it has on a small table; before V16 none of these paths existed.
 */
class LargeStoreIndexesIT {

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void schemaWithRows() {
        TestDatabase.Fresh database = TestDatabase.createFresh();
        // One connection, so that the planner settings below hold for every statement.
        SingleConnectionDataSource dataSource =
                new SingleConnectionDataSource(database.url(), database.user(), database.password(), true);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("""
                insert into report_commitment (id, area, joint_with, theme, status, owner_role, committed_on, due_date, original_due_date,
                    due_date_revisions, last_sequence, inspection_id, issue_number, commitment_text, open_due_date)
                select 'c-' || g, 'WESSEX', '', (array['DISCLOSURE', 'WITNESS_CARE', 'OTHER'])[1 + g % 3],
                    (array['COMMITTED', 'IN_PROGRESS', 'CLOSED'])[1 + g % 3], 'DCP', date '2020-01-01' + g % 900,
                    date '2021-01-01' + g % 900, date '2021-01-01' + g % 900, 0, 3, 'inspection-' || g % 50, 1, 'A commitment.',
                    case when g % 3 = 2 then null else date '2021-01-01' + g % 900 end
                from generate_series(1, 5000) g""");
        jdbc.execute("""
                insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, time_stamp, payload_type,
                    payload, meta_data)
                select 'c-' || g, 50 + g % 100, 'Commitment', 'snapshot-' || g, '2026-01-01T10:00:00.000Z',
                    'dev.commitmenttracker.commitment.Commitment', convert_to('{}', 'UTF8'), convert_to('{}', 'UTF8')
                from generate_series(1, 5000) g""");
        jdbc.execute("vacuum analyze report_commitment");
        jdbc.execute("vacuum analyze snapshot_event_entry");
        jdbc.execute("set enable_seqscan = off");
        jdbc.execute("set enable_bitmapscan = off");
    }

    @Test
    void aPageOfAnInspectionsCommitmentsComesInListOrderFromItsIndex() {
        String plan = plan("select id, due_date from report_commitment where inspection_id = 'inspection-7' "
                + "order by due_date asc nulls last, id fetch first 20 rows only");
        assertThat(plan).contains("using report_commitment_inspection").doesNotContain("Sort");
    }

    @Test
    void listCountsByStatusThemeOwnerAndInspectionAreReadFromTheIndexAlone() {
        assertThat(plan("select count(id) from report_commitment where status = 'IN_PROGRESS'"))
                .contains("Index Only Scan using report_commitment_status");
        assertThat(plan("select count(id) from report_commitment where theme = 'DISCLOSURE'"))
                .contains("Index Only Scan using report_commitment_theme");
        assertThat(plan("select count(id) from report_commitment where owner_role = 'DCP'"))
                .contains("Index Only Scan using report_commitment_owner_role");
        assertThat(plan("select count(id) from report_commitment where inspection_id = 'inspection-7'"))
                .contains("Index Only Scan using report_commitment_inspection");
    }

    @Test
    void reportDueCountsAreReadFromTheOpenDueDateIndexAlone() {
        String plan = plan("""
                select c.theme, c.owner_role, sum(case when c.open_due_date < date '2022-01-01' then 1 else 0 end),
                    sum(case when c.open_due_date >= date '2022-01-01' and c.status <> 'EVIDENCED' then 1 else 0 end)
                from report_commitment c where c.open_due_date <= date '2022-01-31' group by c.theme, c.owner_role""");
        assertThat(plan).contains("Index Only Scan using report_commitment_open_due");
    }

    @Test
    void anAggregatesLatestSnapshotIsFoundByItsIdentifier() {
        String plan = plan(
                "select event_identifier, sequence_number from snapshot_event_entry where aggregate_identifier = 'c-42' "
                        + "order by sequence_number desc fetch first 1 rows only");
        assertThat(plan).contains("using snapshot_event_entry_aggregate");
    }

    private static String plan(String sql) {
        List<String> lines = jdbc.queryForList("explain (costs off) " + sql, String.class);
        return String.join("\n", lines);
    }
}
