/**
 * Profiling of recent records per dataset (counts, nulls, moments, quantiles, top
 * categories) in bounded memory, and Deequ-style contract suggestions inferred from a
 * sample.
 */
@NullMarked
package dev.loopline.validation.profile;

import org.jspecify.annotations.NullMarked;
