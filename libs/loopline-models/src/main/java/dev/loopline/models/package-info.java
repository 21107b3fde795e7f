/**
 * Loopline's model library: the learning tasks, the training row read from the feature
 * store and the conversion of its label into a Tribuo output. The algorithm catalogue
 * lives in {@code algorithm}, training in {@code training}, metrics and fairness in
 * {@code evaluation}, the bundle format in {@code bundle} and the predictor in
 * {@code predict}. Plain Java on Tribuo: no Spring.
 */
@NullMarked
package dev.loopline.models;

import org.jspecify.annotations.NullMarked;
