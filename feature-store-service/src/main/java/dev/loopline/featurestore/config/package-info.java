/**
 * Cross-cutting wiring of the feature-store service: its typed settings and the role
 * rules of its API.
 */
@NullMarked
package dev.loopline.featurestore.config;

import org.jspecify.annotations.NullMarked;
