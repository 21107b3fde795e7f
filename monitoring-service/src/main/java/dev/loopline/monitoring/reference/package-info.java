/**
 * The drift reference: which model version is champion (from the registry's events, and
 * from the registry itself at start-up), and the profile, task, label field and hold-out
 * metrics its bundle carries.
 */
@NullMarked
package dev.loopline.monitoring.reference;

import org.jspecify.annotations.NullMarked;
