/**
 * The quarantine: quarantined records with their violations in a queryable table, browsed
 * over REST, and replayed against the current contract so the records that now pass go on
 * as ValidatedRecords.
 */
@NullMarked
package dev.loopline.validation.quarantine;

import org.jspecify.annotations.NullMarked;
