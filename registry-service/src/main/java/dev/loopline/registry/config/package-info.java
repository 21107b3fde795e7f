/**
 * Cross-cutting wiring of the registry: its typed {@code loopline.registry} properties.
 */
@NullMarked
package dev.loopline.registry.config;

import org.jspecify.annotations.NullMarked;
