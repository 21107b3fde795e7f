/**
 * The prediction log: every prediction becomes a {@code PredictionLogged} on
 * {@code loopline.predictions}, sent without waiting and within a bound, so logging can
 * never slow or fail a request.
 */
@NullMarked
package dev.loopline.serving.log;

import org.jspecify.annotations.NullMarked;
