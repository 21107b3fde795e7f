/**
 * The algorithm catalogue: which Tribuo trainers each task offers, their hyperparameters
 * with defaults and ranges, the validation that lists every error at once, and the
 * construction of a seeded trainer from effective hyperparameters.
 */
@NullMarked
package dev.loopline.models.algorithm;

import org.jspecify.annotations.NullMarked;
