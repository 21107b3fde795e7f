/**
 * HTTP request guards shared by all services. Request bodies are limited to
 * {@code loopline.http.max-request-size}, both by declared {@code Content-Length} and by
 * counting the bytes of a streamed body; file uploads ({@code text/csv},
 * {@code multipart/*}) get {@code loopline.http.max-upload-size}.
 */
@NullMarked
package dev.loopline.servicekit.web;

import org.jspecify.annotations.NullMarked;
