-- The "evidence-register" projection: every evidence record, listed under each Area its commitment counts under,
-- and compliance counters per Area, theme and quarter of the effective date.
create table report_evidence_commitment (
    id            varchar(64)  not null primary key,
    area          varchar(40)  not null,
    joint_with    varchar(600) not null,
    theme         varchar(40)  not null,
    last_sequence bigint       not null
);

create table report_evidence (
    id                 varchar(150)  not null primary key,
    evidence_key       varchar(100)  not null,
    commitment_id      varchar(64)   not null,
    area               varchar(40)   not null,
    joint              boolean       not null,
    theme              varchar(40)   not null,
    method             varchar(40)   not null,
    effective_on       date          not null,
    quarter            varchar(7)    not null,
    sample_size        integer,
    compliant_count    integer,
    compliance_percent numeric(4, 1),
    reference          varchar,
    recorded_on        date          not null
);
create index report_evidence_area on report_evidence (area, effective_on);
create index report_evidence_joint on report_evidence (joint, effective_on);
create index report_evidence_theme on report_evidence (theme, effective_on);
create index report_evidence_commitment_id on report_evidence (commitment_id);

create table report_compliance_trend (
    id              varchar(100) not null primary key,
    area            varchar(40)  not null,
    theme           varchar(40)  not null,
    quarter         varchar(7)   not null,
    records         integer      not null,
    sampled_records integer      not null,
    cases_sampled   integer      not null,
    cases_compliant integer      not null
);
create index report_compliance_trend_area on report_compliance_trend (area, theme, quarter);
create index report_compliance_trend_theme on report_compliance_trend (theme, quarter);
