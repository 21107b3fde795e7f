/**
 * Checking one record against a contract: coercion of values to the contract's types, the
 * row-level expectations and the bounded memory of recently seen record ids. Pure logic,
 * no Spring.
 */
@NullMarked
package dev.loopline.validation.check;

import org.jspecify.annotations.NullMarked;
