package dev.loopline.monitoring.statistics;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * The two statistical tests of drift, through Commons Math: the two-sample
 * Kolmogorov–Smirnov test and Pearson's chi-square goodness-of-fit test of the current
 * counts against the counts the reference's proportions predict (as Evidently's
 * {@code chisquare} stat test does).
 */
public final class Tests {

	private Tests() {
	}

	/**
	 * Two-sample Kolmogorov–Smirnov.
	 * @param reference the reference values
	 * @param current the current values
	 * @return D and its two-sided p-value P(D ≥ d) (SciPy's; exact for small samples)
	 */
	public static Result kolmogorovSmirnov(double[] reference, double[] current) {
		KolmogorovSmirnovTest test = new KolmogorovSmirnovTest();
		return new Result(test.kolmogorovSmirnovStatistic(reference, current),
				test.kolmogorovSmirnovTest(reference, current, false));
	}

	/**
	 * Chi-square of current counts against the reference's proportions. A bin the
	 * reference never saw is expected with proportion 0.0001, so a new category weighs
	 * heavily.
	 * @param reference the reference counts per bin
	 * @param current the current counts per bin
	 * @return the statistic and its p-value
	 */
	public static Result chiSquare(double[] reference, long[] current) {
		long total = 0;
		for (long count : current) {
			total += count;
		}
		double[] proportions = Distances.normalized(reference, current.length);
		double[] expected = new double[proportions.length];
		for (int i = 0; i < expected.length; i++) {
			expected[i] = Math.max(proportions[i], Distances.EMPTY_BIN) * total;
		}
		ChiSquareTest test = new ChiSquareTest();
		return new Result(test.chiSquare(expected, current), test.chiSquareTest(expected, current));
	}

	/**
	 * A test's statistic and p-value.
	 *
	 * @param statistic the test statistic
	 * @param pValue the p-value
	 */
	public record Result(double statistic, double pValue) {
	}

}
