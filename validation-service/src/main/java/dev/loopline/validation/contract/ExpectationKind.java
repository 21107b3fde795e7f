package dev.loopline.validation.contract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The expectation kinds a contract may use. Row-level kinds decide per record (and
 * quarantine it); the others are computed over a tumbling window and raise a
 * {@code DataQualityDegraded} alert. {@code required} and {@code type} come from the
 * field declarations and are not listed here.
 */
public enum ExpectationKind {

	/** Value within [min, max] (bounds optional, strict flags make them exclusive). */
	BETWEEN("between", true, true, true),
	/** Value is one of {@code values}. */
	IN_SET("in_set", true, true, true),
	/** String value matches {@code pattern} entirely. */
	REGEX("regex", true, true, true),
	/** String length within [min, max]. */
	LENGTH("length", true, true, true),
	/** Record id not seen before within the uniqueness window. */
	UNIQUE("unique", true, false, false),
	/** Event time not later than now plus {@code skew}. */
	NOT_IN_FUTURE("not_in_future", true, true, true),
	/** Event time not earlier than now minus {@code maxAge}. */
	NOT_OLDER_THAN("not_older_than", true, true, true),
	/** Share of nulls in the window at most {@code max}. */
	NULL_RATE("null_rate", false, true, false),
	/** Records in the window within [min, max]. */
	ROW_COUNT("row_count", false, false, false),
	/** Mean of the field over the window within [min, max]. */
	MEAN_BETWEEN("mean_between", false, true, false),
	/** Standard deviation over the window within [min, max]. */
	STDDEV_BETWEEN("stddev_between", false, true, false),
	/** Distinct values over the window within [min, max]. */
	DISTINCT_COUNT_BETWEEN("distinct_count_between", false, true, false),
	/** The {@code quantile} of the field over the window within [min, max]. */
	QUANTILE_BETWEEN("quantile_between", false, true, false);

	private final String id;

	private final boolean rowLevel;

	private final boolean needsField;

	private final boolean supportsMostly;

	ExpectationKind(String id, boolean rowLevel, boolean needsField, boolean supportsMostly) {
		this.id = id;
		this.rowLevel = rowLevel;
		this.needsField = needsField;
		this.supportsMostly = supportsMostly;
	}

	public String id() {
		return this.id;
	}

	public boolean rowLevel() {
		return this.rowLevel;
	}

	public boolean needsField() {
		return this.needsField;
	}

	public boolean supportsMostly() {
		return this.supportsMostly;
	}

	public static Optional<ExpectationKind> of(String id) {
		return Arrays.stream(values()).filter((kind) -> kind.id.equals(id)).findFirst();
	}

}
