/**
 * Data drift: the live window of validated records compared with the champion's reference
 * profile, per feature and for the dataset as a whole.
 */
@NullMarked
package dev.loopline.monitoring.drift;

import org.jspecify.annotations.NullMarked;
