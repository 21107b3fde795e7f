-- Downloads read an artifact's bytes in slices (substring) so the service never holds a
-- whole bundle. With EXTERNAL storage the bytes are kept out of line and uncompressed, so
-- PostgreSQL fetches just the slice's TOAST chunks instead of decompressing the value up to
-- it; bundles are ZIP files, already compressed. Applies to rows written from now on.
alter table artifact alter column content set storage external;
