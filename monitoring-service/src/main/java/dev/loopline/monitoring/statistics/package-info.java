/**
 * Drift statistics as pure functions: the KS and chi-square tests (Commons Math), the
 * Wasserstein, Jensen–Shannon and PSI distances, and ADWIN, the adaptive-window change
 * detector watching the error stream.
 */
@NullMarked
package dev.loopline.monitoring.statistics;

import org.jspecify.annotations.NullMarked;
