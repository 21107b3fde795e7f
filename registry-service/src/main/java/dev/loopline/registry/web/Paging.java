package dev.loopline.registry.web;

import java.util.Map;

import dev.loopline.registry.config.RegistryProperties;
import dev.loopline.servicekit.problem.BadRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns the {@code page} and {@code size} query parameters into a checked
 * {@link PageRequest}: a negative page or a size outside {@code 1..maxPageSize} is a 400.
 */
@Component
public class Paging {

	private final RegistryProperties properties;

	Paging(RegistryProperties properties) {
		this.properties = properties;
	}

	public PageRequest of(@Nullable Integer page, @Nullable Integer size) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : this.properties.defaultPageSize();
		if (p < 0 || s < 1 || s > this.properties.maxPageSize()) {
			throw new BadRequestException(
					"invalid-page", "Invalid page", "page must be >= 0 and size between 1 and "
							+ this.properties.maxPageSize() + ", was page " + p + " size " + s + ".",
					Map.of("page", p, "size", s));
		}
		return new PageRequest(p, s);
	}

	/**
	 * A checked page request.
	 *
	 * @param page the zero-based page
	 * @param size the page size
	 */
	public record PageRequest(int page, int size) {

		public long offset() {
			return (long) this.page * this.size;
		}

	}

}
