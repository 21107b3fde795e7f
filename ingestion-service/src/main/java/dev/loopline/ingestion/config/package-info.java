/**
 * Cross-cutting wiring of the ingestion service: its typed settings
 * ({@code loopline.ingestion.*}), scheduling and authorization rules.
 */
@NullMarked
package dev.loopline.ingestion.config;

import org.jspecify.annotations.NullMarked;
