/**
 * RFC 9457 problem details for every error a Loopline service answers. Typed client-error
 * exceptions carry a stable slug, a short title and a specific detail; one controller
 * advice and one error controller turn them and all framework errors into
 * {@code application/problem+json}.
 */
@NullMarked
package dev.loopline.servicekit.problem;

import org.jspecify.annotations.NullMarked;
