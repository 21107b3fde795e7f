/**
 * Model versions: every finished training run becomes a version with its bundle and
 * lineage, and the promotion gate decides whether it becomes champion.
 */
@NullMarked
package dev.loopline.registry.version;

import org.jspecify.annotations.NullMarked;
