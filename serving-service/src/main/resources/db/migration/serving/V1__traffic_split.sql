-- The canary share per model, set over REST; every serving instance reads it, so it
-- survives restarts and is the same on every replica.
create table traffic_split (
    model_name     text primary key,
    canary_percent integer not null check (canary_percent between 0 and 100),
    updated_by     text,
    updated_at     timestamptz not null default now()
);
