package dev.loopline.featurestore.training;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.featurestore.assembly.RowAssembler;
import dev.loopline.featurestore.assembly.StoredEvent;
import org.jspecify.annotations.Nullable;

/**
 * Turns a dataset's records, fed in event-time then sequence order, into training rows
 * with point-in-time aggregates. It keeps, per entity, the records of the longest window
 * behind the sweep. Records with the same event time are first all added, then their rows
 * emitted (in sequence order), because a window {@code (t - w, t]} includes every record
 * at {@code t}; a record later in event time is never in the history yet. Records before
 * {@code from} only feed history; unlabeled records feed history but give no row.
 */
final class TrainingSweep {

	private final RowAssembler assembler;

	private final String label;

	private final @Nullable Instant from;

	private final RowSink sink;

	private final Map<String, ArrayDeque<StoredEvent>> histories = new HashMap<>();

	private final List<StoredEvent> sameTime = new ArrayList<>();

	TrainingSweep(RowAssembler assembler, String label, @Nullable Instant from, RowSink sink) {
		this.assembler = assembler;
		this.label = label;
		this.from = from;
		this.sink = sink;
	}

	void accept(StoredEvent event) {
		if (!this.sameTime.isEmpty() && !this.sameTime.get(0).eventTime().equals(event.eventTime())) {
			flush();
		}
		this.sameTime.add(event);
	}

	void finish() {
		flush();
	}

	private void flush() {
		boolean aggregates = !this.assembler.lookback().isZero();
		if (aggregates) {
			for (StoredEvent event : this.sameTime) {
				ArrayDeque<StoredEvent> history = this.histories.computeIfAbsent(event.entityId(),
						(entity) -> new ArrayDeque<>());
				Instant horizon = event.eventTime().minus(this.assembler.lookback());
				while (!history.isEmpty() && !history.peekFirst().eventTime().isAfter(horizon)) {
					history.pollFirst();
				}
				history.addLast(event);
			}
		}
		for (StoredEvent event : this.sameTime) {
			Object value = event.fields().get(this.label);
			if (value == null || (this.from != null && event.eventTime().isBefore(this.from))) {
				continue;
			}
			Map<String, @Nullable Double> computed = aggregates
					? this.assembler.aggregatesAsOf(this.histories.get(event.entityId()), event.eventTime()) : Map.of();
			this.sink.accept(event, new TrainingRow(event.recordId(), event.entityId(), event.eventTime().toString(),
					this.assembler.trainingValues(event.fields(), computed), value));
		}
		this.sameTime.clear();
	}

	/** Receives each row with the stored record it was made from. */
	@FunctionalInterface
	interface RowSink {

		void accept(StoredEvent source, TrainingRow row);

	}

}
