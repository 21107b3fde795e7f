/**
 * The monitoring-service: watches data drift, prediction drift and live accuracy against
 * the champion's reference, raises alerts and requests retraining. Feature packages below
 * this one hold the domain; this package holds only the application class.
 */
@NullMarked
package dev.loopline.monitoring;

import org.jspecify.annotations.NullMarked;
