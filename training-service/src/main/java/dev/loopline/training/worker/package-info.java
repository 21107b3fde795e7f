/**
 * The run worker: claims queued runs, fetches the training set, splits off the hold-out,
 * trains, evaluates the challenger and the champion on the same rows, uploads the bundle
 * and ends the run with its {@code TrainingRunFinished} through the outbox.
 */
@NullMarked
package dev.loopline.training.worker;

import org.jspecify.annotations.NullMarked;
