-- A version per due entity, bumped by every mark: the online refresher reads the due entities
-- and their histories first, without locks, and then takes (deletes) only those whose version
-- has not moved meanwhile, so an append never waits for a refresh's whole computation and a mark
-- made during one is never lost (its entity stays due).
alter table online_pending add column version bigint not null default 0;
