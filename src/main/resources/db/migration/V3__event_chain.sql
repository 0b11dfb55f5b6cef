-- Tamper evidence: each stored event's SHA-256 hash, chained to the hash of the aggregate's previous event.
-- Written by the application in the same transaction as the event (ChainingEventStorageEngine).
create table event_chain (
    event_identifier     varchar(255) not null primary key,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    previous_hash        varchar(64)  not null,
    hash                 varchar(64)  not null,
    constraint event_chain_aggregate_sequence_key unique (aggregate_identifier, sequence_number)
);
