package dev.loopline.servicekit.problem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that reaches Spring MVC into RFC 9457 problem details: typed
 * {@link ProblemException}s keep their slug, title, detail and properties; framework
 * errors get a stable type per status; anything unexpected becomes a generic 500 whose
 * {@code errorId} is logged together with the exception.
 */
@RestControllerAdvice
public class LooplineExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(LooplineExceptionHandler.class);

	private final Problems problems;

	public LooplineExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> handleProblem(ProblemException ex, WebRequest request) {
		ProblemDetail body = this.problems.create(ex.getStatus(), ex.getSlug(), ex.getTitle(), ex.getDetail());
		ex.getProperties().forEach(body::setProperty);
		return ResponseEntity.status(ex.getStatus()).headers(ex.getHeaders()).body(body);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex; // Spring Security's ExceptionTranslationFilter answers these
		}
		PayloadTooLargeException tooLarge = findCause(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return handleProblem(tooLarge, request);
		}
		String errorId = UUID.randomUUID().toString();
		log.error("Unexpected error {} while handling {}", errorId, request.getDescription(false), ex);
		ProblemDetail body = this.problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"The request could not be completed because of an unexpected error (error id " + errorId + ").");
		body.setProperty("errorId", errorId);
		return ResponseEntity.internalServerError().body(body);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLargeException tooLarge = findCause(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return handleProblem(tooLarge, request);
		}
		ProblemDetail body = this.problems.create(status, "malformed-request", "Malformed request",
				MalformedRequestDetail.describe(ex));
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map((error) -> fieldError((error instanceof FieldError field) ? field.getField() : error.getObjectName(),
					error.getDefaultMessage()))
			.toList();
		return validationFailed(ex, errors, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> fieldError((error instanceof FieldError field) ? field.getField()
						: result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
			.toList();
		return validationFailed(ex, errors, headers, status, request);
	}

	private @Nullable ResponseEntity<Object> validationFailed(Exception ex, List<Map<String, String>> errors,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = this.problems.create(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
				"The request has " + errors.size() + " invalid field(s).");
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			FrameworkProblemTypes.apply(this.problems, problem, statusCode);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static Map<String, String> fieldError(@Nullable String field, @Nullable String message) {
		return Map.of("field", (field != null) ? field : "", "message", (message != null) ? message : "is invalid");
	}

	static <T extends Throwable> @Nullable T findCause(Throwable ex, Class<T> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

}
