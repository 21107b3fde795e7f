-- Events each consumer has already processed (dev.loopline.servicekit.idempotency.ProcessedEvents).
-- Created in the service's own schema: list classpath:db/loopline-kit in spring.flyway.locations.
create table if not exists processed_event (
    consumer     varchar(200)             not null,
    event_id     uuid                     not null,
    processed_at timestamp with time zone not null default now(),
    primary key (consumer, event_id)
);

create index if not exists processed_event_processed_at_idx on processed_event (processed_at);
