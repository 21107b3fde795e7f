-- Throughput: the landing path no longer rewrites the wide raw_record rows (1 KB of jsonb
-- each) after their insert, and concurrent landing transactions no longer meet on one
-- batch row. Three narrow tables take over what those updates did.

-- The outbox: one row per landed record not yet acknowledged by the broker, inserted in the
-- landing transaction and deleted after the acknowledgement (replaces raw_record.published_at).
-- No foreign key: its rows are written by the statement that inserts the raw rows.
create table raw_pending (
    seq          bigint       primary key,
    ingested_at  timestamptz  not null
);

insert into raw_pending (seq, ingested_at)
select seq, ingested_at from raw_record where published_at is null;

drop index raw_record_unpublished;

-- Validation's verdicts, one row per record that has one (replaces raw_record.outcome):
-- PENDING is the absence of a row; a QUARANTINED row only ever turns VALIDATED.
create table record_outcome (
    batch_id    varchar(128)  not null,
    record_id   varchar(256)  not null,
    outcome     varchar(12)   not null,
    outcome_at  timestamptz   not null,
    primary key (batch_id, record_id)
);

insert into record_outcome (batch_id, record_id, outcome, outcome_at)
select batch_id, record_id, outcome, coalesce(outcome_at, now()) from raw_record where outcome <> 'PENDING';

-- Batch counters as insert-only deltas, summed when read (replaces the counters of batch,
-- whose row lock serialized every landing transaction of an hourly Kafka batch).
create table batch_tally (
    batch_id    varchar(128)  not null references batch (id),
    accepted    bigint        not null,
    duplicates  bigint        not null,
    malformed   bigint        not null,
    at          timestamptz   not null default now()
);

create index batch_tally_by_batch on batch_tally (batch_id);

insert into batch_tally (batch_id, accepted, duplicates, malformed, at)
select id, accepted, duplicates, malformed, updated_at from batch;

-- The raw fields are stored as json (validated text), not jsonb: nothing queries inside
-- them (inspection and replay read them back whole), and jsonb's conversion on every
-- landed record was measurable CPU on the landing path.
alter table raw_record alter column fields type json using fields::json;

-- replaced by raw_pending and record_outcome above
alter table raw_record drop column published_at, drop column outcome, drop column outcome_at;
