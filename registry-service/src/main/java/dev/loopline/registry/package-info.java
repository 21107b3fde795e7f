/**
 * The registry-service: versions model bundles with their lineage, gates promotion
 * against the champion, and publishes model lifecycle events. Feature packages below this
 * one hold the domain; this package holds only the application class.
 */
@NullMarked
package dev.loopline.registry;

import org.jspecify.annotations.NullMarked;
