-- The "due-date-slippage" projection: original and current due date of each commitment, every revision with its
-- reason, and per Area how many commitments were revised and how many slipped (now due later than first committed).
create table report_slippage_commitment (
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
    slipped            boolean      not null
);
create index report_slippage_commitment_revisions on report_slippage_commitment (due_date_revisions, id);

create table report_slippage_area_commitment (
    id            varchar(110) not null primary key,
    commitment_id varchar(64)  not null,
    area          varchar(40)  not null,
    joint         boolean      not null
);
create index report_slippage_area_commitment_area on report_slippage_area_commitment (area, commitment_id);

create table report_slippage_revision (
    id                varchar(100)  not null primary key,
    commitment_id     varchar(64)   not null,
    revision_number   integer       not null,
    previous_due_date date,
    due_date          date,
    reason            varchar(4000) not null,
    revised_on        date          not null
);
create index report_slippage_revision_commitment on report_slippage_revision (commitment_id, revision_number);

create table report_slippage_tally (
    area     varchar(40) not null primary key,
    revised  integer     not null,
    slipped  integer     not null
);
