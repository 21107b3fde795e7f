/**
 * Dataset-level expectations over tumbling windows (by record count and time): null rate,
 * row count, mean, standard deviation, distinct count, quantiles and row-level rules with
 * a mostly tolerance. Breaches become DataQualityDegraded alerts; records are never
 * dropped for them.
 */
@NullMarked
package dev.loopline.validation.window;

import org.jspecify.annotations.NullMarked;
