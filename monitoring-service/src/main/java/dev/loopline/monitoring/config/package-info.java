/**
 * Settings of the monitoring service and the beans every feature package shares (the
 * clock, scheduling).
 */
@NullMarked
package dev.loopline.monitoring.config;

import org.jspecify.annotations.NullMarked;
