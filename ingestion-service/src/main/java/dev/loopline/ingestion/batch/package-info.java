/**
 * Batches: the status of each batch (received, duplicates, malformed, validated,
 * quarantined, pending), fed by validation's events, and the HTTP API to inspect a
 * batch's landed records and rejected lines and to replay it.
 */
@NullMarked
package dev.loopline.ingestion.batch;

import org.jspecify.annotations.NullMarked;
