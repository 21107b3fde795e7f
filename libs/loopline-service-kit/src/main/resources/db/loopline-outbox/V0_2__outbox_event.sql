-- Events committed with the service's state and not yet acknowledged by the broker
-- (dev.loopline.servicekit.outbox.Outbox). Created in the service's own schema: list
-- classpath:db/loopline-outbox in spring.flyway.locations.
create table if not exists outbox_event (
    seq        bigserial                primary key,
    event_id   uuid                     not null unique,
    binding    varchar(200)             not null,
    ce_type    varchar(200)             not null,
    payload    text                     not null,
    created_at timestamp with time zone not null default now(),
    -- set when the row can never be sent (it does not decode); such rows are skipped and alerted on
    last_error text
);
