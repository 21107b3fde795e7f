package dev.loopline.registry.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.loopline.registry.web.Tags;
import dev.loopline.servicekit.problem.BadRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code GET /v1/versions}: model, status, one tag, and metric bounds
 * given as {@code metric.<name>.gte=} / {@code metric.<name>.lte=} parameters. Builds the
 * SQL condition with its parameters; metric names are checked, values are bound.
 *
 * @param model exact model name, or {@code null}
 * @param status a status, or {@code null}
 * @param tag a tag filter, or {@code null}
 * @param bounds metric bounds
 */
record VersionQuery(@Nullable String model, @Nullable VersionStatus status, @Nullable Tags tag,
		List<MetricBound> bounds) {

	private static final Pattern METRIC_PARAM = Pattern.compile("metric\\.([a-z0-9_]{1,64})\\.(gte|lte)");

	static List<MetricBound> bounds(Map<String, String> parameters) {
		List<MetricBound> bounds = new ArrayList<>();
		parameters.forEach((name, value) -> {
			Matcher matcher = METRIC_PARAM.matcher(name);
			if (matcher.matches()) {
				bounds.add(new MetricBound(matcher.group(1), "gte".equals(matcher.group(2)), number(name, value)));
			}
			else if (name.startsWith("metric.")) {
				throw new BadRequestException("invalid-metric-filter", "Invalid metric filter",
						"'" + name + "' is not metric.<name>.gte or metric.<name>.lte.", Map.of("parameter", name));
			}
		});
		return bounds;
	}

	String where(List<Object> params) {
		StringBuilder where = new StringBuilder(" where true");
		if (this.model != null) {
			where.append(" and v.name = ?");
			params.add(this.model);
		}
		if (this.status != null) {
			where.append(" and v.status = ?");
			params.add(this.status.name());
		}
		if (this.tag != null) {
			where.append(" and v.tags ->> ? = ?");
			params.add(this.tag.key());
			params.add(this.tag.value());
		}
		for (MetricBound bound : this.bounds) {
			where.append(" and (v.metrics ->> ?)::double precision ")
				.append(bound.atLeast() ? ">=" : "<=")
				.append(" ?");
			params.add(bound.metric());
			params.add(bound.value());
		}
		return where.toString();
	}

	private static double number(String name, String value) {
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("invalid-metric-filter", "Invalid metric filter",
					name + " must be a number, was '" + value + "'.", Map.of("parameter", name));
		}
	}

	/**
	 * A bound on one metric.
	 *
	 * @param metric the metric name
	 * @param atLeast {@code true} for {@code gte}, {@code false} for {@code lte}
	 * @param value the bound
	 */
	record MetricBound(String metric, boolean atLeast, double value) {

	}

}
