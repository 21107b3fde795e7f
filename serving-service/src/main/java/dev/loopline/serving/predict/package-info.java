/**
 * Predictions: requests with raw records or entity ids, routed to the champion or the
 * canary by a sticky key, mirrored to the shadow, answered with the version that
 * predicted, logged and measured. Both HTTP dialects (the platform's own and the Open
 * Inference Protocol) go through {@link dev.loopline.serving.predict.PredictionService}.
 */
@NullMarked
package dev.loopline.serving.predict;

import org.jspecify.annotations.NullMarked;
