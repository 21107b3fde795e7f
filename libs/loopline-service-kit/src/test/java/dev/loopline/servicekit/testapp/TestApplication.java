package dev.loopline.servicekit.testapp;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import dev.loopline.servicekit.problem.NotFoundException;
import dev.loopline.servicekit.problem.ServiceUnavailableException;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tiny service using the kit, for MockMvc tests.
 */
@SpringBootApplication
public class TestApplication {

	@Bean
	FilterRegistrationBean<Filter> failingFilter() {
		var registration = new FilterRegistrationBean<Filter>((request, response, chain) -> {
			throw new ServletException("filter failed with internal detail hunter2");
		});
		registration.addUrlPatterns("/filter-boom");
		return registration;
	}

	record Thing(@NotBlank String name, @Positive int size) {
	}

	@RestController
	static class ThingController {

		@GetMapping("/things/{id}")
		Map<String, String> get(@PathVariable String id) {
			if (!"known".equals(id)) {
				throw new NotFoundException("thing", id);
			}
			return Map.of("id", id);
		}

		@PostMapping("/things")
		@ResponseStatus(HttpStatus.CREATED)
		Thing create(@Valid @RequestBody Thing thing) {
			return thing;
		}

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("database password is hunter2");
		}

		@GetMapping("/busy")
		String busy() {
			throw new ServiceUnavailableException(Duration.ofSeconds(30), "No model is loaded yet.");
		}

	}

}
