-- The inspectorate's latest follow-up judgement of each commitment, so Area reports can show "closed by the Area"
-- beside "verified by the inspectorate".
alter table report_commitment add column follow_up_grade varchar(40);
alter table report_commitment add column follow_up_judged_on date;
create index report_commitment_follow_up on report_commitment (status, follow_up_grade);
