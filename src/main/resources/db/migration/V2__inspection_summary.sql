-- The "inspections" projection: one row per inspection, for listing an Area's inspections.
create table inspection_summary (
    id           varchar(64)  not null primary key,
    area         varchar(40)  not null,
    kind         varchar(60)  not null,
    title        varchar(500) not null,
    published_on date         not null,
    issue_count  integer      not null
);
create index inspection_summary_area on inspection_summary (area, published_on);
