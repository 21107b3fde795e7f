package dev.loopline.training.worker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import dev.loopline.models.TrainingRow;
import dev.loopline.training.spec.ModelSpec.Holdout;

/**
 * Splits a training set into training and hold-out rows. {@code random}: a shuffle seeded
 * with the spec's seed picks the hold-out, so the same rows and seed give the same split;
 * {@code time}: the latest rows by event time are held out (how the model will be used:
 * on data newer than what it learned from). Both keep each side in event-time order.
 */
public final class HoldoutSplit {

	private HoldoutSplit() {
	}

	/**
	 * Splits rows.
	 * @param rows the training set, any order
	 * @param fraction share held out, in (0, 1)
	 * @param strategy {@code random} or {@code time}
	 * @param seed the shuffle seed
	 * @return the split, each side non-empty
	 * @throws IllegalArgumentException with fewer than two rows
	 */
	public static Split split(List<TrainingRow> rows, double fraction, String strategy, long seed) {
		if (rows.size() < 2) {
			throw new IllegalArgumentException(
					"The training set has " + rows.size() + " row(s): at least 2 are needed to hold some out");
		}
		List<TrainingRow> ordered = new ArrayList<>(rows);
		ordered.sort(Comparator.comparing(TrainingRow::eventTime).thenComparing(TrainingRow::recordId));
		int holdoutSize = (int) Math.min(rows.size() - 1, Math.max(1, Math.round(rows.size() * fraction)));
		boolean[] heldOut = new boolean[ordered.size()];
		if (Holdout.TIME.equals(strategy)) {
			for (int i = ordered.size() - holdoutSize; i < ordered.size(); i++) {
				heldOut[i] = true;
			}
		}
		else {
			List<Integer> indexes = new ArrayList<>();
			for (int i = 0; i < ordered.size(); i++) {
				indexes.add(i);
			}
			Collections.shuffle(indexes, new Random(seed));
			indexes.subList(0, holdoutSize).forEach((i) -> heldOut[i] = true);
		}
		List<TrainingRow> train = new ArrayList<>(ordered.size() - holdoutSize);
		List<TrainingRow> holdout = new ArrayList<>(holdoutSize);
		for (int i = 0; i < ordered.size(); i++) {
			(heldOut[i] ? holdout : train).add(ordered.get(i));
		}
		return new Split(List.copyOf(train), List.copyOf(holdout));
	}

	/**
	 * A split.
	 *
	 * @param train the rows to train on
	 * @param holdout the rows held out for evaluation
	 */
	public record Split(List<TrainingRow> train, List<TrainingRow> holdout) {
	}

}
