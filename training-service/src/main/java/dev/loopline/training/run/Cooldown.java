package dev.loopline.training.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.loopline.contracts.TrainingTrigger;

/**
 * Decides whether an automatic trigger starts a run: a drift storm, a schedule and a
 * burst of new data arriving together must give one retraining, not one per signal. A
 * manual request always queues (a person asked for it).
 */
public final class Cooldown {

	private Cooldown() {
	}

	/**
	 * Returns why a trigger is skipped, if it is.
	 * @param trigger what asked
	 * @param now the current time
	 * @param lastStart when the model's latest run started, if any
	 * @param queued whether a run of the model is waiting already
	 * @param cooldown least time between a run's start and an automatic trigger
	 * @return the reason to skip, or empty to queue a run
	 */
	public static Optional<String> skipReason(TrainingTrigger trigger, Instant now, Optional<Instant> lastStart,
			boolean queued, Duration cooldown) {
		if (trigger == TrainingTrigger.MANUAL) {
			return Optional.empty();
		}
		if (queued) {
			return Optional.of("a run of the model is already queued");
		}
		if (lastStart.isPresent() && now.isBefore(lastStart.get().plus(cooldown))) {
			return Optional
				.of("within the cooldown of " + cooldown + " since the last run started at " + lastStart.get());
		}
		return Optional.empty();
	}

}
