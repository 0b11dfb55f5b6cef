-- Reports on a million events (issue 11, docs/benchmarks.md). Same script on PostgreSQL and on the embedded H2 default.
-- The Area rows of a commitment, read from the index alone: counting the few commitments due this month or judged by a
-- follow-up, by Area, becomes a lookup per commitment instead of a read of every Area row. It covers the lookups by
-- commitment the old index served.
create index report_commitment_area_of on report_commitment_area (commitment_id, area, joint);
drop index report_commitment_area_commitment;
-- The open-due tally no longer keeps rows at zero (OpenDueTally deletes a row as it reaches zero): a million-event
-- store had 84,187 of its 112,842 rows at zero, all read by every overdue count.
delete from report_open_due_tally where open_count = 0;
-- Closed commitments judged by a follow-up, by Area (the Area report's judgements): read from this index alone (the
-- commitment ids with it) instead of from commitment rows scattered over the table. It replaces the index without ids.
create index report_commitment_judged on report_commitment (status, follow_up_grade, id);
drop index report_commitment_follow_up;
