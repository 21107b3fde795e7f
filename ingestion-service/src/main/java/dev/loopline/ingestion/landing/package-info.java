/**
 * Raw landing: the append-only store of every record that entered the platform, keyed by
 * batch and deduplicated on (dataset, record id), and the outbox of
 * {@code loopline.records.raw}: each landed row is entered in the narrow
 * {@code raw_pending} table in its landing transaction, published after the commit, taken
 * out on the broker's acknowledgement, and swept up again if that never happened.
 */
@NullMarked
package dev.loopline.ingestion.landing;

import org.jspecify.annotations.NullMarked;
