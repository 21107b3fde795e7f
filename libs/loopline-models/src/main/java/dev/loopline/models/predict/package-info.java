/**
 * Prediction: applies a bundle's fitted pipeline and model to raw records and turns
 * Tribuo's predictions into plain values (a class label, a number, or
 * {@code ANOMALOUS}/{@code EXPECTED}) with their scores. Used by serving, monitoring and
 * evaluation alike.
 */
@NullMarked
package dev.loopline.models.predict;

import org.jspecify.annotations.NullMarked;
