/**
 * Training runs: the one path that turns any trigger into a queued (or skipped) run, the
 * cooldown, the run log with its transitions (MLflow-tracking style) and its metrics.
 */
@NullMarked
package dev.loopline.training.run;

import org.jspecify.annotations.NullMarked;
