/**
 * Cross-cutting wiring of the serving service: its typed properties, the HTTP clients for
 * the registry and the feature store, the executors for shadow traffic and the prediction
 * log, and the authorization rules of the predict and Open Inference Protocol paths.
 */
@NullMarked
package dev.loopline.serving.config;

import org.jspecify.annotations.NullMarked;
