-- Feature view versions. A version is editable until it is used (materialized into the online
-- store or exported as a training set); used_at freezes it.
create table feature_view (
    name        text        not null,
    version     integer     not null,
    dataset     text        not null,
    spec        jsonb       not null,
    ttl_seconds bigint,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    used_at     timestamptz,
    primary key (name, version)
);

create index feature_view_dataset_idx on feature_view (dataset);

-- The offline store: every validated record, append-only. seq orders arrival and is the
-- watermark of a training set; (dataset, record_id) is unique, so a redelivered or replayed
-- record inserts nothing.
create table offline_record (
    seq         bigserial   primary key,
    dataset     text        not null,
    entity_id   text        not null,
    record_id   text        not null,
    event_time  timestamptz not null,
    ingested_at timestamptz not null,
    fields      jsonb       not null,
    unique (dataset, record_id)
);

-- point-in-time history of one entity (online materialization)
create index offline_record_entity_idx on offline_record (dataset, entity_id, event_time);
-- training-set sweeps in event-time order
create index offline_record_time_idx on offline_record (dataset, event_time, seq);

-- The online store: per view version and entity, the feature inputs as of the entity's newest
-- event (source values of that record and the aggregates as of its event time).
create table online_value (
    view_name    text        not null,
    view_version integer     not null,
    entity_id    text        not null,
    event_time   timestamptz not null,
    record_seq   bigint      not null,
    feature_values jsonb     not null,
    updated_at   timestamptz not null default now(),
    primary key (view_name, view_version, entity_id)
);

-- Entities whose online rows must be recomputed: written in the transaction that appends their
-- records, taken (deleted) by the online refresher in the transaction that upserts their rows, so
-- a crash in between loses nothing and two instances never refresh the same entity at once.
create table online_pending (
    dataset   text not null,
    entity_id text not null,
    primary key (dataset, entity_id)
);

-- Training-set definitions: the watermark (offline seq upper bound) makes them reproducible;
-- row_count and content_hash prove it.
create table training_set (
    id           uuid        primary key,
    view_name    text        not null,
    view_version integer     not null,
    label        text        not null,
    watermark    bigint      not null,
    from_time    timestamptz,
    to_time      timestamptz,
    row_count    bigint      not null,
    content_hash text        not null,
    created_at   timestamptz not null default now()
);
