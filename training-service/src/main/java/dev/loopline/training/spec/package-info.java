/**
 * Model specs: what to train (task, data, algorithm, split, metrics, fairness), how to
 * promote it and when to retrain it, stored as versions that every run records.
 */
@NullMarked
package dev.loopline.training.spec;

import org.jspecify.annotations.NullMarked;
