/**
 * The online store and its API: per view version and entity, the feature inputs as of the
 * entity's newest record, in PostgreSQL behind a bounded cache; lookups report each value
 * as present, missing or stale (older than the view's TTL).
 */
@NullMarked
package dev.loopline.featurestore.online;

import org.jspecify.annotations.NullMarked;
