/**
 * Traffic: the canary's share of each model's requests, set over REST, kept in the
 * {@code serving} schema (so it survives restarts and is shared by every replica) and
 * cached in memory for the request path.
 */
@NullMarked
package dev.loopline.serving.traffic;

import org.jspecify.annotations.NullMarked;
