/**
 * The audit log: every lifecycle transition of a model version, with who (API key name or
 * {@code policy}), when and why, written in the transition's own transaction.
 */
@NullMarked
package dev.loopline.registry.audit;

import org.jspecify.annotations.NullMarked;
