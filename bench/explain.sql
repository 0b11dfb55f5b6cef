-- The read queries behind the list filters and the reports, as Hibernate sends them (parameters inlined), for
-- EXPLAIN (ANALYZE, BUFFERS) on a large store:  psql -d tracker_bench_store -v today="'2026-11-30'" -f bench/explain.sql
-- :today is the application's today; the horizon is today + 30 days (Figures.DUE_SOON_DAYS).
\set area '''LONDON_NORTH'''
\pset pager off
\timing off
\o /dev/null
select set_config('bench.today', :today, false);
\o

\echo === list, no filter (national lead): page 0 and its count
explain (analyze, buffers, costs off) select rc1_0.id, rc1_0.area, rc1_0.status, rc1_0.due_date from report_commitment rc1_0
  order by rc1_0.due_date asc nulls last, rc1_0.id fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(rc1_0.id) from report_commitment rc1_0;

\echo === list, area (Area manager, or ?area=)
explain (analyze, buffers, costs off) select rc1_0.id, rc1_0.status, rc1_0.due_date from report_commitment rc1_0
  where rc1_0.id in (select rca1_0.commitment_id from report_commitment_area rca1_0 where rca1_0.area in (:area))
  order by rc1_0.due_date asc nulls last, rc1_0.id fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(rc1_0.id) from report_commitment rc1_0
  where rc1_0.id in (select rca1_0.commitment_id from report_commitment_area rca1_0 where rca1_0.area in (:area));

\echo === list, status
explain (analyze, buffers, costs off) select rc1_0.id, rc1_0.status, rc1_0.due_date from report_commitment rc1_0
  where rc1_0.status = 'IN_PROGRESS' order by rc1_0.due_date asc nulls last, rc1_0.id fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(rc1_0.id) from report_commitment rc1_0 where rc1_0.status = 'IN_PROGRESS';

\echo === list, status, deep page (page 200)
explain (analyze, buffers, costs off) select rc1_0.id, rc1_0.status, rc1_0.due_date from report_commitment rc1_0
  where rc1_0.status = 'CLOSED' order by rc1_0.due_date asc nulls last, rc1_0.id offset 4000 rows fetch first 20 rows only;

\echo === list, theme
explain (analyze, buffers, costs off) select rc1_0.id, rc1_0.theme, rc1_0.due_date from report_commitment rc1_0
  where rc1_0.theme = 'DISCLOSURE' order by rc1_0.due_date asc nulls last, rc1_0.id fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(rc1_0.id) from report_commitment rc1_0 where rc1_0.theme = 'DISCLOSURE';

\echo === list, owner role
explain (analyze, buffers, costs off) select rc1_0.id, rc1_0.owner_role, rc1_0.due_date from report_commitment rc1_0
  where rc1_0.owner_role = 'DCP' order by rc1_0.due_date asc nulls last, rc1_0.id fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(rc1_0.id) from report_commitment rc1_0 where rc1_0.owner_role = 'DCP';

\echo === list, inspection
select inspection_id as inspection from report_commitment where inspection_id is not null order by committed_on desc limit 1 \gset
explain (analyze, buffers, costs off) select rc1_0.id, rc1_0.due_date from report_commitment rc1_0
  where rc1_0.inspection_id = :'inspection' order by rc1_0.due_date asc nulls last, rc1_0.id fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(rc1_0.id) from report_commitment rc1_0 where rc1_0.inspection_id = :'inspection';

\echo === list, overdue
explain (analyze, buffers, costs off) select rc1_0.id, rc1_0.due_date from report_commitment rc1_0
  where rc1_0.open_due_date < :today order by rc1_0.due_date asc nulls last, rc1_0.id fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(rc1_0.id) from report_commitment rc1_0 where rc1_0.open_due_date < :today;

\echo === list, not overdue
explain (analyze, buffers, costs off) select rc1_0.id, rc1_0.due_date from report_commitment rc1_0
  where (rc1_0.open_due_date is null or rc1_0.open_due_date >= :today)
  order by rc1_0.due_date asc nulls last, rc1_0.id fetch first 20 rows only;

\echo === list, area + status + overdue
explain (analyze, buffers, costs off) select rc1_0.id, rc1_0.due_date from report_commitment rc1_0
  where rc1_0.id in (select rca1_0.commitment_id from report_commitment_area rca1_0 where rca1_0.area in (:area))
  and rc1_0.status = 'ASSIGNED' and rc1_0.open_due_date < :today
  order by rc1_0.due_date asc nulls last, rc1_0.id fetch first 20 rows only;

\echo === reports: due counts in one Area (Area report, owner report for an Area)
explain (analyze, buffers, costs off) select a.area, c.theme, c.owner_role,
    sum(case when c.open_due_date < :today then 1 else 0 end), sum(case when c.open_due_date >= :today then 1 else 0 end),
    sum(case when c.open_due_date >= :today and c.status <> 'EVIDENCED' then 1 else 0 end)
  from report_commitment_area a join report_commitment c on c.id = a.commitment_id
  where a.area in (:area) and c.open_due_date <= (:today::date + 30) group by a.area, c.theme, c.owner_role;

\echo === reports: due counts in every Area (Areas report, owner report)
explain (analyze, buffers, costs off) select a.area, c.theme, c.owner_role,
    sum(case when c.open_due_date < :today then 1 else 0 end), sum(case when c.open_due_date >= :today then 1 else 0 end),
    sum(case when c.open_due_date >= :today and c.status <> 'EVIDENCED' then 1 else 0 end)
  from report_commitment c join report_commitment_area a on a.commitment_id = c.id
  where c.open_due_date <= (:today::date + 30) group by a.area, c.theme, c.owner_role;

\echo === reports: due counts by theme (theme report)
explain (analyze, buffers, costs off) select c.theme,
    sum(case when c.open_due_date < :today then 1 else 0 end), sum(case when c.open_due_date >= :today then 1 else 0 end),
    sum(case when c.open_due_date >= :today and c.status <> 'EVIDENCED' then 1 else 0 end)
  from report_commitment c where c.open_due_date <= (:today::date + 30) group by c.theme;

\echo === reports: closed and judged in one Area
explain (analyze, buffers, costs off) select a.area, c.follow_up_grade, count(c.id)
  from report_commitment_area a join report_commitment c on c.id = a.commitment_id
  where a.area in (:area) and c.status = 'CLOSED' and c.follow_up_grade is not null group by a.area, c.follow_up_grade;

\echo === as-of Area report: the Area's commitment ids, then each commitment's events
explain (analyze, buffers, costs off) select a.commitment_id from report_commitment_area a where a.area = :area order by a.commitment_id;
select commitment_id as one from report_commitment_area where area = :area limit 1 \gset
explain (analyze, buffers, costs off) select e.global_index, e.payload from domain_event_entry e
  where e.aggregate_identifier = :'one' and e.sequence_number >= 0 order by e.sequence_number;

\echo === V28: overdue counts before the current month, from the open commitments per due month (one Area; every Area)
explain (analyze, buffers, costs off) select area, joint, theme, owner_role, sum(open_count) from report_open_due_tally
  where area in (:area) and due_month < date_trunc('month', :today::date)::date
  group by area, joint, theme, owner_role having sum(open_count) <> 0;
explain (analyze, buffers, costs off) select area, joint, theme, owner_role, sum(open_count) from report_open_due_tally
  where due_month < date_trunc('month', :today::date)::date
  group by area, joint, theme, owner_role having sum(open_count) <> 0;

\echo === V28: due counts from the rows, the first of the current month to the horizon (one Area; every Area)
explain (analyze, buffers, costs off) select a.area, a.joint, c.theme, c.owner_role,
    sum(case when c.open_due_date < :today then 1 else 0 end), sum(case when c.open_due_date >= :today then 1 else 0 end),
    sum(case when c.open_due_date >= :today and c.status <> 'EVIDENCED' then 1 else 0 end)
  from report_commitment_area a join report_commitment c on c.id = a.commitment_id
  where a.area in (:area) and c.open_due_date >= date_trunc('month', :today::date)::date
    and c.open_due_date <= (:today::date + 30) group by a.area, a.joint, c.theme, c.owner_role;
explain (analyze, buffers, costs off) select a.area, a.joint, c.theme, c.owner_role,
    sum(case when c.open_due_date < :today then 1 else 0 end), sum(case when c.open_due_date >= :today then 1 else 0 end),
    sum(case when c.open_due_date >= :today and c.status <> 'EVIDENCED' then 1 else 0 end)
  from report_commitment_area a join report_commitment c on c.id = a.commitment_id
  where c.open_due_date >= date_trunc('month', :today::date)::date
    and c.open_due_date <= (:today::date + 30) group by a.area, a.joint, c.theme, c.owner_role;

\echo === V28: list totals, overdue (national: each commitment once, under its own Area) and unfiltered from the counters
explain (analyze, buffers, costs off) select coalesce(sum(open_count), 0) from report_open_due_tally
  where due_month < date_trunc('month', :today::date)::date and joint = false;
explain (analyze, buffers, costs off) select count(rc1_0.id) from report_commitment rc1_0
  where rc1_0.open_due_date >= date_trunc('month', :today::date)::date and rc1_0.open_due_date < :today;
explain (analyze, buffers, costs off) select t.theme, t.committed, t.assigned, t.in_progress, t.evidenced, t.closed,
    t.withdrawn from report_theme_tally t;
explain (analyze, buffers, costs off) select t.id, t.area, t.theme, t.committed, t.assigned, t.in_progress, t.evidenced,
    t.closed, t.withdrawn from report_area_theme_tally t where t.area in (:area);
