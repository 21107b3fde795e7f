package dev.loopline.registry.web;

import java.util.UUID;

import dev.loopline.servicekit.observability.CorrelationIdFilter;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting and under which correlation id: the API key name (or JWT subject) of a
 * REST call, {@code policy} for the registry's own gate decisions.
 */
public final class Actors {

	/** The actor of automatic decisions taken by the promotion gate. */
	public static final String POLICY = "policy";

	private Actors() {
	}

	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : POLICY;
	}

	public static String correlationId() {
		String id = MDC.get(CorrelationIdFilter.MDC_KEY);
		return (id != null) ? id : UUID.randomUUID().toString();
	}

}
