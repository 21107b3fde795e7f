/**
 * API-key (and optional JWT) authentication with Loopline's role model. Keys come from
 * {@code loopline.security.api-keys}, are compared by SHA-256 digest in constant time and
 * map to {@link dev.loopline.servicekit.security.Role roles}; services add their own
 * rules through {@link dev.loopline.servicekit.security.LooplineAuthorizationCustomizer}.
 */
@NullMarked
package dev.loopline.servicekit.security;

import org.jspecify.annotations.NullMarked;
