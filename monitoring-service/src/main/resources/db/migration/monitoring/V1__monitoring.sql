-- The champion of each model with what drift and performance are judged against.
create table model_reference (
    model_name  text primary key,
    version     integer not null,
    dataset     text not null,
    label_field text not null,
    task        text not null,
    artifact_id text not null,
    profile     text not null,
    metrics     text not null,
    promoted_at timestamptz not null
);

-- A monitor's own settings (feature statistics and thresholds, drift share, window size).
create table monitor_settings (
    model_name text primary key,
    settings   text not null,
    updated_at timestamptz not null
);

-- Alerts with their lifecycle; at most one not resolved per model and type.
create table alert (
    id                   uuid primary key,
    model_name           text not null,
    version              integer not null,
    type                 text not null,
    status               text not null,
    correlation_id       text not null,
    summary              text not null,
    details              text not null,
    occurrences          integer not null,
    opened_at            timestamptz not null,
    updated_at           timestamptz not null,
    acknowledged_by      text,
    acknowledged_at      timestamptz,
    acknowledge_reason   text,
    resolved_by          text,
    resolved_at          timestamptz,
    resolve_reason       text,
    retrain_requested_at timestamptz
);
create unique index alert_one_open on alert (model_name, type) where status <> 'RESOLVED';
create index alert_by_model on alert (model_name, opened_at desc);

-- The last retraining requested per model, for the cooldown.
create table retrain_request (
    model_name   text primary key,
    alert_id     uuid not null,
    requested_at timestamptz not null
);

-- Predictions waiting for their (possibly delayed) label, until they expire.
create table pending_prediction (
    request_id   text primary key,
    model_name   text not null,
    version      integer not null,
    dataset      text,
    entity_id    text,
    output_label text,
    output_value double precision,
    predicted_at timestamptz not null,
    expires_at   timestamptz not null
);
create index pending_prediction_entity on pending_prediction (dataset, entity_id, predicted_at desc);
create index pending_prediction_expiry on pending_prediction (expires_at);
