/**
 * Promotion: the gate that decides for each finished run (champion, rejected, or waiting
 * for approval), aliases, approval, rejection and rollback. Each transition writes its
 * status, audit line and event (through the outbox) in one transaction.
 */
@NullMarked
package dev.loopline.registry.promotion;

import org.jspecify.annotations.NullMarked;
