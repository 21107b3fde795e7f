/**
 * Raw landing: the append-only store of every record that entered the platform, keyed by
 * batch and deduplicated on (dataset, record id). The raw table is the outbox of
 * {@code loopline.records.raw}: rows are published after their commit, marked published
 * on the broker's acknowledgement, and swept up again if that never happened.
 */
@NullMarked
package dev.loopline.ingestion.landing;

import org.jspecify.annotations.NullMarked;
