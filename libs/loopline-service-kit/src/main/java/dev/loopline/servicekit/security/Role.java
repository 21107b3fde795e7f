package dev.loopline.servicekit.security;

import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The platform's roles. Authorities are {@code ROLE_<name>} with the lower-case name
 * ({@code ROLE_read}), so {@code hasRole("read")} and a JWT {@code roles} claim of
 * {@code ["read"]} both match. {@link #ADMIN} implies every role and {@link #OPERATE}
 * implies {@link #READ}.
 */
public enum Role {

	/** Send data into the platform (datasets, records, labels). */
	INGEST,

	/** Ask a served model for predictions. */
	PREDICT,

	/** Read anything: models, runs, datasets, metrics, API docs. */
	READ,

	/** Change state: train, promote, roll back, edit contracts. Implies {@link #READ}. */
	OPERATE,

	/** Everything. */
	ADMIN;

	/**
	 * The role name used in {@code hasRole(...)} and in JWT claims.
	 * @return the lower-case name, e.g. {@code read}
	 */
	public String roleName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The granted authority for this role.
	 * @return {@code ROLE_<name>}
	 */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + roleName());
	}

}
