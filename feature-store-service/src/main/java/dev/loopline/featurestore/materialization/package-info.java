/**
 * Materialization: turns validated records into rows of the append-only offline store and
 * the latest values of the online store, idempotently on each record's event id.
 */
@NullMarked
package dev.loopline.featurestore.materialization;

import org.jspecify.annotations.NullMarked;
