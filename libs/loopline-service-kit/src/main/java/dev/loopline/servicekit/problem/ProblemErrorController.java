package dev.loopline.servicekit.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Boot's {@code /error} fallback (used for errors raised outside Spring MVC,
 * e.g. in servlet filters) with problem details that never contain exception messages,
 * class names or stack traces, whatever {@code server.error.*} says.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

	private final Problems problems;

	public ProblemErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatusCode status = HttpStatusCode.valueOf(
				(code instanceof Integer value && value >= 400) ? value : HttpStatus.INTERNAL_SERVER_ERROR.value());
		ProblemDetail problem = ProblemDetail.forStatus(status);
		FrameworkProblemTypes.apply(this.problems, problem, status);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			problem.setInstance(java.net.URI.create(path));
		}
		return ResponseEntity.status(status).body(problem);
	}

}
