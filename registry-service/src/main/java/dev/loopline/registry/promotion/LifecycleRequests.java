package dev.loopline.registry.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Request bodies of the alias and lifecycle endpoints. Every transition carries a reason:
 * it goes to the audit log and into the event.
 */
final class LifecycleRequests {

	private LifecycleRequests() {
	}

	/**
	 * {@code PUT /v1/models/{name}/aliases/{alias}}.
	 *
	 * @param version the version the alias points to
	 * @param reason why
	 */
	record SetAlias(@NotNull @Positive Integer version, @Nullable @Size(max = 2000) String reason) {

	}

	/**
	 * {@code POST .../approve} and {@code .../reject}.
	 *
	 * @param reason why
	 */
	record Reason(@NotBlank @Size(max = 2000) String reason) {

	}

	/**
	 * {@code POST /v1/models/{name}/rollback}.
	 *
	 * @param toVersion the version to go back to; {@code null} = the champion before the
	 * current one
	 * @param reason why
	 */
	record Rollback(@Nullable @Positive Integer toVersion, @NotBlank @Size(max = 2000) String reason) {

	}

}
