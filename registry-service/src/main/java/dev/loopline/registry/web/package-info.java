/**
 * Small pieces every controller of the registry shares: pages, name checks, the tag
 * filter, and who is acting.
 */
@NullMarked
package dev.loopline.registry.web;

import org.jspecify.annotations.NullMarked;
