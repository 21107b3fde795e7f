-- Raw landing: every record that enters the platform, append-only, keyed by batch.
-- raw_record is also the outbox of loopline.records.raw: a row is inserted with its event id
-- in the landing transaction, published after commit, then marked published_at; a sweeper
-- re-publishes rows left unpublished (a crash between commit and send) with the same event id.

create table batch (
    id          varchar(128)  primary key,
    dataset     varchar(63)  not null,
    source      varchar(8)   not null,
    accepted    bigint       not null default 0,
    duplicates  bigint       not null default 0,
    malformed   bigint       not null default 0,
    -- true while an upload is still streaming into the batch
    receiving   boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create index batch_by_dataset on batch (dataset, created_at desc);

create table raw_record (
    seq             bigserial     primary key,
    dataset         varchar(63)   not null,
    record_id       varchar(256)  not null,
    batch_id        varchar(128)   not null references batch (id),
    event_id        uuid          not null,
    correlation_id  varchar(128)  not null,
    entity_id       varchar(256),
    source          varchar(8)    not null,
    fields          jsonb         not null,
    ingested_at     timestamptz   not null,
    published_at    timestamptz,
    -- PENDING until validation reports VALIDATED or QUARANTINED (a later VALIDATED wins)
    outcome         varchar(12)   not null default 'PENDING',
    outcome_at      timestamptz,
    constraint raw_record_identity unique (dataset, record_id)
);

create index raw_record_by_batch on raw_record (batch_id, seq);

create index raw_record_unpublished on raw_record (seq) where published_at is null;

create table rejected_line (
    batch_id     varchar(128)  not null references batch (id),
    line_number  bigint       not null,
    raw_text     text         not null,
    reason       text         not null,
    primary key (batch_id, line_number)
);
