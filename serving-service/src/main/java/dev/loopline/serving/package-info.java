/**
 * The serving-service: serves the champion model, plus canary and shadow versions, over
 * its own REST API and the Open Inference Protocol v2. Feature packages below this one
 * hold the domain; this package holds only the application class.
 */
@NullMarked
package dev.loopline.serving;

import org.jspecify.annotations.NullMarked;
