/**
 * The drift reference: which model version is champion, and the training profile its
 * bundle carries, follow the registry's events and finished training runs.
 */
@NullMarked
package dev.loopline.monitoring.reference;

import org.jspecify.annotations.NullMarked;
