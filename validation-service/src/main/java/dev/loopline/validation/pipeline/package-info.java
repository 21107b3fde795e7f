/**
 * The record flow: consumes RawRecords in chunks, checks each against its dataset's
 * contract, stores quarantined ones, publishes ValidatedRecord / QuarantinedRecord /
 * DataQualityDegraded after the commit and before the offsets are committed. Also the
 * service's metrics.
 */
@NullMarked
package dev.loopline.validation.pipeline;

import org.jspecify.annotations.NullMarked;
