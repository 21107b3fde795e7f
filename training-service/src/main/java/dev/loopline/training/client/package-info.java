/**
 * Clients of the other services' REST APIs (feature store, registry), with the API key,
 * the correlation id and problem details turned into clear failure reasons.
 */
@NullMarked
package dev.loopline.training.client;

import org.jspecify.annotations.NullMarked;
