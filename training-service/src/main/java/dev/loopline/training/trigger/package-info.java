/**
 * Training triggers: commands on {@code loopline.training.commands} ({@code TrainModel},
 * {@code RetrainRequested}), cron schedules and the new-data threshold. Each one requests
 * a run through the same path; the cooldown and the queue apply there.
 */
@NullMarked
package dev.loopline.training.trigger;

import org.jspecify.annotations.NullMarked;
