-- Lineage of training sets: the data contract version each validated record was checked
-- against (null for pushed rows and rows stored before this version), the contract versions
-- of a set's rows, and the "last N rows" window of a set.
alter table offline_record add column contract_version integer;
alter table training_set add column contract_versions integer[] not null default '{}';
alter table training_set add column last_rows bigint;
