-- Indexes for a large store (issue 11: 1,000,000 events, 100,000 commitments), from EXPLAIN ANALYZE of the list
-- filters and the report queries on a generated store (docs/benchmarks.md, "Load benchmark", "Indexes").
-- Same script on PostgreSQL and on the embedded H2 default, so no INCLUDE: the extra columns are trailing key columns.

-- The list filtered by status, theme, owner role or inspection pages in (due_date, id) order and counts its rows with
-- count(id): with id in the index the page is read in order without a sort, and the count (and a deep page) from
-- the index alone instead of the table. They replace the (column, due_date) and (inspection_id) indexes of V10. Without
-- the inspection's, the planner walked the whole due-date index for an inspection whose commitments fall due late.
drop index report_commitment_status;
create index report_commitment_status on report_commitment (status, due_date, id);
drop index report_commitment_theme;
create index report_commitment_theme on report_commitment (theme, due_date, id);
drop index report_commitment_owner_role;
create index report_commitment_owner_role on report_commitment (owner_role, due_date, id);
drop index report_commitment_inspection;
create index report_commitment_inspection on report_commitment (inspection_id, due_date, id);

-- The overdue and due-soon counts of the Area, theme and owner reports, and the overdue filter's count, read the
-- open commitments due up to a date: with the columns they group and count by, from the index alone.
drop index report_commitment_open_due;
create index report_commitment_open_due on report_commitment (open_due_date, id, theme, owner_role, status);

-- Axon looks for an aggregate's latest snapshot by aggregate_identifier (ordered by sequence_number) before every
-- command's load; the primary key starts with sequence_number, so without this index each lookup read the whole
-- key index (every snapshot in the store) even for an aggregate that has none.
create index snapshot_event_entry_aggregate on snapshot_event_entry (aggregate_identifier, sequence_number);
