/**
 * Metrics and request correlation shared by all services. Every meter gets the
 * {@code application} and {@code instance} tags, and every HTTP request carries an
 * {@code X-Correlation-Id} that is put into the logging MDC and echoed in the response.
 */
@NullMarked
package dev.loopline.servicekit.observability;

import org.jspecify.annotations.NullMarked;
