/**
 * The feature-store-service: materializes validated records into an append-only offline
 * store and a TTL-checked online store; serves training sets and online features. Feature
 * packages below this one hold the domain; this package holds only the application class.
 */
@NullMarked
package dev.loopline.featurestore;

import org.jspecify.annotations.NullMarked;
