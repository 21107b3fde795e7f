/**
 * The training-service: trains Tribuo models when asked (REST, schedule, new data, drift)
 * and evaluates each challenger against the champion on the same hold-out. Feature
 * packages below this one hold the domain; this package holds only the application class.
 */
@NullMarked
package dev.loopline.training;

import org.jspecify.annotations.NullMarked;
