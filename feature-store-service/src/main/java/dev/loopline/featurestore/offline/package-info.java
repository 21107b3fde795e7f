/**
 * The offline store: every validated (or pushed) record, append-only and unique per
 * dataset and record id, with the ingestion sequence that makes training sets
 * reproducible.
 */
@NullMarked
package dev.loopline.featurestore.offline;

import org.jspecify.annotations.NullMarked;
