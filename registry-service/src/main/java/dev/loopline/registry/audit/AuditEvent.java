package dev.loopline.registry.audit;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One line of a model's audit log: who did what to which version, when and why.
 *
 * @param id the line's sequence number
 * @param model the model name
 * @param version the version concerned, or {@code null} for the model as a whole
 * @param action what happened, e.g. {@code registered}, {@code promoted},
 * {@code rejected}, {@code approved}, {@code rolled-back}, {@code alias-set}
 * @param actor the API key name or principal, or {@code policy}
 * @param reason why, in words
 * @param at when
 * @param details the numbers behind it (alias, previous version, run id ...)
 */
public record AuditEvent(long id, String model, @Nullable Integer version, String action, String actor,
		@Nullable String reason, Instant at, Map<String, Object> details) {

}
