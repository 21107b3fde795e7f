-- Versioned data contracts: a PUT that changes the contract adds a version, never edits one.
create table data_contract (
    dataset     text        not null,
    version     integer     not null,
    definition  jsonb       not null,
    created_at  timestamptz not null default now(),
    primary key (dataset, version)
);

-- Quarantined records with every violation. The id is the QuarantinedRecord event id,
-- derived from the input event id, so a redelivered input inserts nothing (on conflict do nothing).
create table quarantined_record (
    id               uuid        primary key,
    source_event_id  uuid        not null,
    dataset          text        not null,
    record_id        text        not null,
    entity_id        text,
    batch_id         text        not null,
    correlation_id   text        not null,
    ingested_at      timestamptz not null,
    contract_version integer,
    fields           jsonb       not null,
    violations       jsonb       not null,
    rules            text[]      not null,
    quarantined_at   timestamptz not null,
    released_at      timestamptz,
    released_version integer
);

create index quarantined_record_dataset_idx on quarantined_record (dataset, quarantined_at);
create index quarantined_record_batch_idx on quarantined_record (batch_id);
create index quarantined_record_rules_idx on quarantined_record using gin (rules);
