/**
 * OpenAPI description of a Loopline service. Publishes the API title, version and
 * description and declares the API-key (and, when configured, JWT bearer) security
 * schemes that apply to every operation.
 */
@NullMarked
package dev.loopline.servicekit.openapi;

import org.jspecify.annotations.NullMarked;
