-- The model registry (MLflow-like): registered models, their versions with lineage and
-- gate outcome, aliases, an audit log of every transition, and the artifact bytes.

create table registered_model (
    name        varchar(128)             primary key,
    description text,
    tags        jsonb                    not null default '{}'::jsonb,
    created_at  timestamp with time zone not null default now(),
    updated_at  timestamp with time zone not null default now()
);

-- Model bundles. The bytes live here (bytea) behind ArtifactStore; sha256 is checked on read.
create table artifact (
    id         uuid                     primary key,
    sha256     char(64)                 not null,
    size       bigint                   not null,
    content    bytea                    not null,
    model_name varchar(128),
    created_at timestamp with time zone not null default now()
);

create table model_version (
    name                       varchar(128)             not null references registered_model (name),
    version                    integer                  not null,
    status                     varchar(32)              not null,
    run_id                     uuid                     not null unique,
    artifact_id                varchar(64)              not null,
    artifact_sha256            varchar(64)              not null,
    artifact_size              bigint,
    metrics                    jsonb                    not null default '{}'::jsonb,
    champion_metrics           jsonb                    not null default '{}'::jsonb,
    champion_version_compared  integer,
    fairness                   jsonb,
    fairness_gap               double precision,
    policy                     jsonb                    not null,
    decision_reason            text,
    lineage                    jsonb                    not null default '{}'::jsonb,
    description                text,
    tags                       jsonb                    not null default '{}'::jsonb,
    promoted_at                timestamp with time zone,
    created_at                 timestamp with time zone not null default now(),
    updated_at                 timestamp with time zone not null default now(),
    primary key (name, version)
);

create index model_version_status on model_version (name, status);

create table model_alias (
    name       varchar(128)             not null references registered_model (name),
    alias      varchar(64)              not null,
    version    integer                  not null,
    updated_at timestamp with time zone not null default now(),
    primary key (name, alias),
    foreign key (name, version) references model_version (name, version)
);

create table audit_event (
    id      bigserial                primary key,
    name    varchar(128)             not null,
    version integer,
    action  varchar(64)              not null,
    actor   varchar(200)             not null,
    reason  text,
    at      timestamp with time zone not null default now(),
    details jsonb                    not null default '{}'::jsonb
);

create index audit_event_model on audit_event (name, id);

-- Failed runs: recorded as outcomes, they never become versions.
create table run_outcome (
    run_id         uuid                     primary key,
    name           varchar(128)             not null,
    status         varchar(16)              not null,
    failure_reason text,
    started_at     timestamp with time zone not null,
    finished_at    timestamp with time zone not null,
    correlation_id varchar(200)             not null,
    recorded_at    timestamp with time zone not null default now()
);
