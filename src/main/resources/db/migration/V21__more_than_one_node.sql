-- More than one node on one database (ADR 0017).

-- The nodes that are running: each writes its row every second while it runs (with the names of the streaming
-- processors it runs, comma-separated) and deletes it when it stops. A node whose row is older than the liveness
-- timeout is taken for dead; the others then share its segments.
create table tracker_node (
    node_id    varchar(255) primary key,
    started_at timestamp with time zone not null,
    last_seen  timestamp with time zone not null,
    processors varchar(4000) not null
);

-- One row per reporting projection: a batch locks its projection's row before it touches rows (counters) that
-- events of every commitment move, so that two segments, on one node or two, never add to a counter at once.
create table projection_lock (
    processing_group varchar(255) primary key
);
insert into projection_lock (processing_group) values
    ('commitment-progress'), ('evidence-register'), ('due-date-slippage'), ('area-timeline');

-- The last batch failure of each projection and how many batches have failed, whichever node processed them.
create table projection_failure (
    processing_group varchar(255) primary key,
    message          varchar(2000) not null,
    position         bigint,
    failed_at        timestamp with time zone not null,
    failed_batches   bigint not null
);

-- Rebuilds asked for, by any node: every node stops the projection's processor, one node resets its tokens and
-- clears its rows, then every node starts it again. state: REQUESTED, RESETTING, DONE, FAILED.
create table projection_rebuild (
    id               varchar(36) primary key,
    processing_group varchar(255) not null,
    state            varchar(16) not null,
    requested_at     timestamp with time zone not null,
    requested_by     varchar(255) not null,
    requested_on     varchar(255) not null,
    handled_on       varchar(255),
    updated_at       timestamp with time zone not null,
    message          varchar(2000)
);
create index projection_rebuild_open on projection_rebuild (processing_group, state);
