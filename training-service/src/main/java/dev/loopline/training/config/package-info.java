/**
 * Cross-cutting wiring of the training service: its typed settings
 * ({@code loopline.training.*}) and the clock.
 */
@NullMarked
package dev.loopline.training.config;

import org.jspecify.annotations.NullMarked;
