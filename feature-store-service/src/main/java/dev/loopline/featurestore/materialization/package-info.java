/**
 * Materialization: appends validated (and pushed) records to the offline store, marking
 * their entities due, and refreshes the due entities' online rows in the background from
 * the offline store; both idempotent on each record's id. Also the materialization
 * metrics.
 */
@NullMarked
package dev.loopline.featurestore.materialization;

import org.jspecify.annotations.NullMarked;
