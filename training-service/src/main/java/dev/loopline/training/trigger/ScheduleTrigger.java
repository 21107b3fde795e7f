package dev.loopline.training.trigger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.loopline.contracts.TrainingTrigger;
import dev.loopline.training.run.RunRequest;
import dev.loopline.training.run.RunRequests;
import dev.loopline.training.spec.ModelSpecs.ModelSpecStored;
import dev.loopline.training.spec.ModelSpec;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cron schedules (Spring {@link CronExpression}, six fields, UTC). A stored spec version
 * plans its next fire time in the same transaction; the poll fires the due ones, each in
 * its own transaction with its row locked, and plans the next fire time from now: firings
 * missed while the service was down are coalesced into one.
 */
@Component
class ScheduleTrigger {

	private final ScheduleRepository schedules;

	private final RunRequests requests;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ScheduleTrigger(ScheduleRepository schedules, RunRequests requests, TransactionTemplate transaction, Clock clock) {
		this.schedules = schedules;
		this.requests = requests;
		this.transaction = transaction;
		this.clock = clock;
	}

	@EventListener
	void on(ModelSpecStored stored) {
		String model = stored.version().name();
		ModelSpec.Triggers triggers = stored.version().spec().triggers();
		String cron = (triggers != null) ? triggers.schedule() : null;
		if (cron == null) {
			this.schedules.delete(model);
		}
		else if (!this.schedules.cron(model).equals(Optional.of(cron))) {
			plan(model, cron, this.clock.instant());
		}
	}

	void poll() {
		for (String model : this.schedules.due(this.clock.instant())) {
			this.transaction.executeWithoutResult((status) -> fire(model));
		}
	}

	private void fire(String model) {
		Instant now = this.clock.instant();
		this.schedules.lockDue(model, now).ifPresent((due) -> {
			this.requests
				.request(new RunRequest(model, TrainingTrigger.SCHEDULE, "scheduler", UUID.randomUUID().toString(),
						null, "schedule '" + due.cron() + "' fired at " + due.fireAt(), Map.of()));
			plan(model, due.cron(), now);
		});
	}

	/**
	 * Stores the next fire time after {@code after}; a cron that never fires again (say,
	 * 30 February) is dropped.
	 */
	private void plan(String model, String cron, Instant after) {
		ZonedDateTime next = CronExpression.parse(cron).next(after.atZone(ZoneOffset.UTC));
		if (next == null) {
			this.schedules.delete(model);
		}
		else {
			this.schedules.upsert(model, cron, next.toInstant());
		}
	}

}
