-- Documents imported as draft action plans: the text as received, the draft read from it, and whether (and by whom)
-- it was committed. Not event-sourced: a draft is a working paper; committing it sends the normal commands.
create table imported_document (
    id             varchar(36)      not null primary key,
    document_hash  varchar(64)      not null,
    format         varchar(20)      not null,
    file_name      varchar(255),
    document       varchar(1000000) not null,
    draft_json     varchar(1000000) not null,
    area           varchar(40),
    created_by     varchar(100)     not null,
    created_at     timestamp(6) with time zone not null,
    committed_by   varchar(100),
    committed_at   timestamp(6) with time zone,
    inspection_id  varchar(36)
);
create index imported_document_hash on imported_document (document_hash);
