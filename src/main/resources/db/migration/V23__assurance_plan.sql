-- The "assurance-plan" projection: each commitment's planned assurance (every plan recorded, the last in force), the
-- business dates of its evidence by method, and the spans it was closed or withdrawn. Missed checks are not stored:
-- they are derived from these rows at read time against the tracker's clock (ADR 0019).
create table report_assurance_commitment (
    id                 varchar(64)  not null primary key,
    area               varchar(40)  not null,
    joint_with         varchar(600) not null,
    theme              varchar(40)  not null,
    status             varchar(20)  not null,
    owner_role         varchar(40),
    owner_name         varchar,
    committed_on       date         not null,
    due_date           date,
    original_due_date  date,
    due_date_revisions integer      not null,
    last_sequence      bigint       not null,
    planned            boolean      not null,
    -- closed or withdrawn spans, "from/until" separated by ";", until empty while in force
    pauses             text         not null
);
create index report_assurance_commitment_planned on report_assurance_commitment (planned, area);

create table report_assurance_plan (
    id            varchar(90) not null primary key,
    commitment_id varchar(64) not null,
    sequence      bigint      not null,
    method        varchar(40) not null,
    cadence       varchar(20) not null,
    starts_on     date        not null,
    planned_on    date        not null
);
create index report_assurance_plan_commitment on report_assurance_plan (commitment_id, sequence);

create table report_assurance_evidence (
    id            varchar(90) not null primary key,
    commitment_id varchar(64) not null,
    sequence      bigint      not null,
    method        varchar(40) not null,
    effective_on  date        not null
);
create index report_assurance_evidence_commitment on report_assurance_evidence (commitment_id, effective_on);
