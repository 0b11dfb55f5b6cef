-- The "commitment-progress" projection: the commitment list, Area progress, the national thematic view and owner
-- workload. One row per commitment (its folded state), one row per Area the commitment counts under (its own and
-- each joint Area), and counter rows for the figures that do not depend on today's date.
create table report_commitment (
    id                 varchar(64)   not null primary key,
    area               varchar(40)   not null,
    joint_with         varchar(600)  not null,
    theme              varchar(40)   not null,
    status             varchar(20)   not null,
    owner_role         varchar(40),
    owner_name         varchar,
    committed_on       date          not null,
    due_date           date,
    original_due_date  date,
    due_date_revisions integer       not null,
    last_sequence      bigint        not null,
    inspection_id      varchar(64),
    issue_number       integer,
    commitment_text    varchar(4000) not null,
    -- the due date while the commitment is open (not CLOSED or WITHDRAWN), else null: "overdue" and "due in the
    -- next 30 days" are index range reads on this column
    open_due_date      date
);
create index report_commitment_status on report_commitment (status, due_date);
create index report_commitment_theme on report_commitment (theme, due_date);
create index report_commitment_owner_role on report_commitment (owner_role, due_date);
create index report_commitment_inspection on report_commitment (inspection_id);
create index report_commitment_open_due on report_commitment (open_due_date);
create index report_commitment_due on report_commitment (due_date, id);
create index report_commitment_committed on report_commitment (committed_on, id);

create table report_commitment_area (
    id            varchar(110) not null primary key,
    commitment_id varchar(64)  not null,
    area          varchar(40)  not null,
    joint         boolean      not null
);
create index report_commitment_area_area on report_commitment_area (area, commitment_id);
create index report_commitment_area_commitment on report_commitment_area (commitment_id);

-- How many commitments of an Area and theme are in each status.
create table report_area_theme_tally (
    id          varchar(90) not null primary key,
    area        varchar(40) not null,
    theme       varchar(40) not null,
    committed   integer     not null,
    assigned    integer     not null,
    in_progress integer     not null,
    evidenced   integer     not null,
    closed      integer     not null,
    withdrawn   integer     not null
);
create index report_area_theme_tally_area on report_area_theme_tally (area, theme);

-- How many commitments of an Area and owner role (UNASSIGNED before the first assignment) are in each status.
create table report_area_owner_tally (
    id          varchar(90) not null primary key,
    area        varchar(40) not null,
    owner_role  varchar(40) not null,
    committed   integer     not null,
    assigned    integer     not null,
    in_progress integer     not null,
    evidenced   integer     not null,
    closed      integer     not null,
    withdrawn   integer     not null
);
create index report_area_owner_tally_area on report_area_owner_tally (area, owner_role);

-- The same per theme across all Areas, each commitment counted once (joint ones too).
create table report_theme_tally (
    theme       varchar(40) not null primary key,
    committed   integer     not null,
    assigned    integer     not null,
    in_progress integer     not null,
    evidenced   integer     not null,
    closed      integer     not null,
    withdrawn   integer     not null
);
