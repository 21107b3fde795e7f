/**
 * Training sets: reproducible definitions (view version, label, offline-store watermark,
 * event-time range) whose rows carry point-in-time aggregates, streamed as NDJSON or CSV
 * with a row count and a content hash.
 */
@NullMarked
package dev.loopline.featurestore.training;

import org.jspecify.annotations.NullMarked;
