/**
 * Cross-cutting wiring of the validation service: its typed settings, the beans of the
 * domain packages, the producer and the role rules of the API.
 */
@NullMarked
package dev.loopline.validation.config;

import org.jspecify.annotations.NullMarked;
