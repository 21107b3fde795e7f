/**
 * Transactional outbox: {@link dev.loopline.servicekit.outbox.Outbox} stores an event in
 * the same database transaction as the state change it announces, and
 * {@link dev.loopline.servicekit.outbox.OutboxRelay} publishes stored events in order
 * after the commit, so a commit and its event never diverge.
 */
@NullMarked
package dev.loopline.servicekit.outbox;

import org.jspecify.annotations.NullMarked;
