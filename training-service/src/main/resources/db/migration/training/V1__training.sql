-- Model specs: every PUT adds a version; runs record the version they were made from.
create table model_spec (
    name       varchar(200)             not null,
    version    integer                  not null,
    spec       jsonb                    not null,
    created_at timestamp with time zone not null default now(),
    primary key (name, version)
);

-- Schedule state per model: the next time its cron fires, stored so that a restart neither
-- loses nor repeats a firing.
create table model_schedule (
    model        varchar(200)             primary key,
    cron         varchar(200)             not null,
    next_fire_at timestamp with time zone not null
);

-- Training runs (MLflow-tracking style). SKIPPED rows record automatic triggers that the
-- cooldown or an already queued run absorbed.
create table run (
    id               uuid                     primary key,
    model            varchar(200)             not null,
    spec_version     integer                  not null,
    trigger          varchar(20)              not null,
    requested_by     varchar(200)             not null,
    correlation_id   varchar(200)             not null,
    alert_id         uuid,
    reason           text,
    overrides        jsonb                    not null default '{}',
    status           varchar(20)              not null,
    queued_at        timestamp with time zone not null,
    started_at       timestamp with time zone,
    finished_at      timestamp with time zone,
    phase            varchar(20),
    progress         double precision,
    params           jsonb,
    data_snapshot    jsonb,
    metrics          jsonb,
    champion_metrics jsonb,
    champion_version integer,
    fairness         jsonb,
    phase_durations  jsonb,
    failure_reason   text,
    skip_reason      text,
    artifact_id      varchar(200),
    artifact_sha256  varchar(64)
);

create index run_model_queued on run (model, queued_at);
create index run_queued on run (queued_at) where status = 'QUEUED';
-- at most one running run per model, whatever the number of workers
create unique index run_one_running on run (model) where status = 'RUNNING';

create table run_transition (
    run_id uuid                     not null references run (id),
    seq    bigserial                primary key,
    status varchar(20)              not null,
    at     timestamp with time zone not null
);

create index run_transition_run on run_transition (run_id, seq);
