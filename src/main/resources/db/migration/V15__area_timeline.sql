-- The "area-timeline" projection: an Area's progress over time (the Area page's chart) as dated changes of status.
-- A commitment that stands in a status from a business date on adds 1 to that (Area, date, status) and, if it stood
-- in another status before, takes 1 from that one: the count in a status at the end of a month is the sum of the
-- changes dated up to then. One row per commitment remembers what was folded in, so that a redelivered event changes
-- nothing twice.
create table timeline_commitment (
    id            varchar(64)  not null primary key,
    area          varchar(40)  not null,
    joint_with    varchar(600) not null,
    committed_on  date         not null,
    -- each event that can move the status, in stream order: its business date and the status it leads to from each
    -- status ("2024-03-05:333345;..."), so that an event dated before others is counted without reading the stream
    moves         varchar      not null,
    last_sequence bigint       not null
);

create table timeline_change (
    id      varchar(90) not null primary key,
    area    varchar(40) not null,
    on_date date        not null,
    status  varchar(20) not null,
    delta   bigint      not null
);
create index timeline_change_area_date on timeline_change (area, on_date, status, delta);

-- The earliest business date of any event of the commitments counting under the Area: where its chart starts.
create table timeline_area (
    area     varchar(40) not null primary key,
    first_on date        not null
);
