package dev.loopline.servicekit.observability;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it is
 * a sane token, otherwise a new UUID. The id is in the logging MDC (key
 * {@code correlationId}) and in a request attribute while the request runs, and is echoed
 * in the response header.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	/** The correlation id header. */
	public static final String HEADER = "X-Correlation-Id";

	/** The MDC key and request attribute name. */
	public static final String MDC_KEY = "correlationId";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HEADER);
		String id = (presented != null && SAFE.matcher(presented).matches()) ? presented : UUID.randomUUID().toString();
		request.setAttribute(MDC_KEY, id);
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

}
