/**
 * Training triggers: commands on {@code loopline.training.commands} (manual, scheduled,
 * new data, drift) that start a run, one run per model at a time.
 */
@NullMarked
package dev.loopline.training.trigger;

import org.jspecify.annotations.NullMarked;
