/**
 * The Prometheus gauges of monitoring: drift score, p-value and share, the live metric
 * and the open alerts, per model and feature.
 */
@NullMarked
package dev.loopline.monitoring.metrics;

import org.jspecify.annotations.NullMarked;
