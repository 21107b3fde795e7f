/**
 * The bridge to Tribuo: a feature vector and an output become a Tribuo {@code Example}
 * with the same feature names and values, for training and for prediction alike.
 */
@NullMarked
package dev.loopline.features.tribuo;

import org.jspecify.annotations.NullMarked;
