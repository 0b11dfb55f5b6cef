-- The "commitment-progress" projection counts its open commitments (not CLOSED or WITHDRAWN, with a due date) per
-- Area (own or joint), theme, owner role and the month their due date falls in. The reports' overdue counts then add
-- up the months before the current one from these rows (a few per Area, theme and owner role, however many events
-- the store holds) and read commitment rows only from the first day of the current month to the due-soon horizon.
-- Same script on PostgreSQL and on the embedded H2 default. Filled by a rebuild of commitment-progress (a store
-- migrated with commitments in it needs one; docs/reporting.md).
create table report_open_due_tally (
    id          varchar(200) not null primary key,
    area        varchar(40)  not null,
    joint       boolean      not null,
    theme       varchar(40)  not null,
    -- the owner role, or UNASSIGNED before the first assignment
    owner_role  varchar(40)  not null,
    -- the first day of the month the open due date falls in
    due_month   date         not null,
    open_count  bigint       not null
);
-- the report's read: the Areas asked for, the months before the current one, summed from the index alone
create index report_open_due_tally_area on report_open_due_tally (area, due_month, joint, theme, owner_role, open_count);

-- The rows of the commitments already projected, so that the reports stay right without a rebuild.
insert into report_open_due_tally (id, area, joint, theme, owner_role, due_month, open_count)
select t.area || '/' || case when t.joint then 'true' else 'false' end || '/' || t.theme || '/' || t.owner_role || '/'
           || cast(t.due_month as varchar(10)),
       t.area, t.joint, t.theme, t.owner_role, t.due_month, count(*)
from (select a.area, a.joint, c.theme, coalesce(c.owner_role, 'UNASSIGNED') as owner_role,
             cast(date_trunc('month', c.open_due_date) as date) as due_month
      from report_commitment c join report_commitment_area a on a.commitment_id = c.id
      where c.open_due_date is not null) t
group by t.area, t.joint, t.theme, t.owner_role, t.due_month;
