/**
 * HTTP request guards shared by all services. Request bodies are limited to
 * {@code loopline.http.max-request-size}, both by declared {@code Content-Length} and by
 * counting the bytes of a streamed body.
 */
@NullMarked
package dev.loopline.servicekit.web;

import org.jspecify.annotations.NullMarked;
