package dev.loopline.validation.contract;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One expectation of a data contract, in the style of Great Expectations / Deequ. Which
 * parameters apply depends on {@link #kind()} (see {@link ExpectationKind}). A row-level
 * kind with {@code mostly} is checked over the window instead of per record: records are
 * not quarantined for it, an alert is raised when fewer than {@code mostly} of the
 * window's rows pass.
 *
 * @param kind the expectation kind, e.g. {@code between}
 * @param field the field it applies to ({@code null} for dataset-level kinds such as
 * {@code row_count} or {@code unique} on the record id)
 * @param min lower bound (value, length, count or statistic)
 * @param max upper bound
 * @param strictMin whether the lower bound is exclusive
 * @param strictMax whether the upper bound is exclusive
 * @param values allowed values of {@code in_set}
 * @param pattern regular expression of {@code regex}
 * @param quantile the quantile of {@code quantile_between}, in [0, 1]
 * @param skew tolerated clock skew of {@code not_in_future}
 * @param maxAge oldest accepted event time of {@code not_older_than}
 * @param mostly share of rows that must pass over a window, in (0, 1]
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpectationSpec(String kind, @Nullable String field, @Nullable Double min, @Nullable Double max,
		@Nullable Boolean strictMin, @Nullable Boolean strictMax, @Nullable List<String> values,
		@Nullable String pattern, @Nullable Double quantile, @Nullable Duration skew, @Nullable Duration maxAge,
		@Nullable Double mostly) {

	public static ExpectationSpec of(String kind, @Nullable String field) {
		return new ExpectationSpec(kind, field, null, null, null, null, null, null, null, null, null, null);
	}

	public ExpectationSpec withBounds(@Nullable Double min, @Nullable Double max) {
		return new ExpectationSpec(this.kind, this.field, min, max, this.strictMin, this.strictMax, this.values,
				this.pattern, this.quantile, this.skew, this.maxAge, this.mostly);
	}

	public ExpectationSpec withValues(List<String> values) {
		return new ExpectationSpec(this.kind, this.field, this.min, this.max, this.strictMin, this.strictMax, values,
				this.pattern, this.quantile, this.skew, this.maxAge, this.mostly);
	}

	public ExpectationSpec withMostly(@Nullable Double mostly) {
		return new ExpectationSpec(this.kind, this.field, this.min, this.max, this.strictMin, this.strictMax,
				this.values, this.pattern, this.quantile, this.skew, this.maxAge, mostly);
	}

	/** The expectation kind, if known. */
	public ExpectationKind expectationKind() {
		return ExpectationKind.of(this.kind)
			.orElseThrow(() -> new IllegalStateException("Unchecked kind " + this.kind));
	}

	/** Whether this expectation is decided over a window rather than per record. */
	public boolean isWindowed() {
		ExpectationKind known = expectationKind();
		return !known.rowLevel() || (this.mostly != null && known.supportsMostly());
	}

}
