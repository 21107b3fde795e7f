/**
 * Training: fits the feature pipeline on the training rows, builds the examples, trains
 * the seeded Tribuo trainer, profiles the raw inputs as the drift reference and keeps the
 * effective hyperparameters and the Tribuo provenance.
 */
@NullMarked
package dev.loopline.models.training;

import org.jspecify.annotations.NullMarked;
