/**
 * Registered models: the names under which versions accumulate, with descriptions, tags
 * and a paged search.
 */
@NullMarked
package dev.loopline.registry.model;

import org.jspecify.annotations.NullMarked;
