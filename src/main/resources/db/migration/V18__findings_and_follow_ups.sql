-- Issue 13: findings of several kinds, and follow-up inspections.
-- The "inspections" projection links a follow-up inspection to the inspection it follows up.
alter table inspection_summary add column follows_up varchar(64);
create index inspection_summary_follows_up on inspection_summary (follows_up);

-- The "commitment-progress" projection keeps the kind of finding a commitment answers (null with an issue number:
-- an issue to address, as every commitment recorded before finding kinds).
alter table report_commitment add column finding_kind varchar(40);

-- The "follow-up-judgements" processor: the commitments answering a finding, and the grades follow-up inspections
-- gave findings, so that each grade is sent as a follow-up judgement to each commitment answering the finding,
-- whichever of the two is recorded first. Rebuilt from events (a replay sends nothing twice: the commitment takes one
-- judgement per follow-up inspection).
create table follow_up_answer (
    commitment_id  varchar(64) not null primary key,
    inspection_id  varchar(64) not null,
    finding_kind   varchar(40) not null,
    finding_number integer     not null,
    committed_on   date        not null
);
create index follow_up_answer_finding on follow_up_answer (inspection_id, finding_kind, finding_number);

create table follow_up_grade (
    follow_up_inspection_id varchar(64)   not null,
    finding_kind            varchar(40)   not null,
    finding_number          integer       not null,
    inspection_id           varchar(64)   not null,
    grade                   varchar(40)   not null,
    note                    varchar(4000),
    judged_on               date          not null,
    primary key (follow_up_inspection_id, finding_kind, finding_number)
);
create index follow_up_grade_finding on follow_up_grade (inspection_id, finding_kind, finding_number);
