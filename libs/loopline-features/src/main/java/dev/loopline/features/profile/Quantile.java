package dev.loopline.features.profile;

/**
 * One quantile of a numeric feature.
 *
 * @param p the probability, in (0, 1)
 * @param value the quantile (linear interpolation between order statistics, R-7 / NumPy's
 * default)
 */
public record Quantile(double p, double value) {
}
