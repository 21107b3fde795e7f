package dev.loopline.features.spec;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The calendar parts a {@code date-part} transform extracts, read in the transform's
 * zone.
 */
public enum DatePart {

	/** Hour of day, 0–23. */
	HOUR("hour", ZonedDateTime::getHour),
	/** Minute of hour, 0–59. */
	MINUTE("minute", ZonedDateTime::getMinute),
	/** ISO day of week, 1 (Monday) – 7 (Sunday). */
	DAY_OF_WEEK("day-of-week", (time) -> time.getDayOfWeek().getValue()),
	/** Day of month, 1–31. */
	DAY_OF_MONTH("day-of-month", ZonedDateTime::getDayOfMonth),
	/** Day of year, 1–366. */
	DAY_OF_YEAR("day-of-year", ZonedDateTime::getDayOfYear),
	/** ISO week of week-based year, 1–53. */
	WEEK_OF_YEAR("week-of-year", (time) -> time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
	/** Month, 1–12. */
	MONTH("month", ZonedDateTime::getMonthValue),
	/** Quarter, 1–4. */
	QUARTER("quarter", (time) -> time.get(IsoFields.QUARTER_OF_YEAR)),
	/** Year. */
	YEAR("year", ZonedDateTime::getYear),
	/** 1 on Saturday and Sunday, else 0. */
	IS_WEEKEND("is-weekend",
			(time) -> (time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY) ? 1 : 0);

	private final String id;

	private final ToIntFunction<ZonedDateTime> extractor;

	DatePart(String id, ToIntFunction<ZonedDateTime> extractor) {
		this.id = id;
		this.extractor = extractor;
	}

	/**
	 * Returns the name used in specs and in JSON.
	 * @return the id
	 */
	@JsonValue
	public String id() {
		return this.id;
	}

	/**
	 * Extracts this part.
	 * @param time the date-time in the transform's zone
	 * @return the part's value
	 */
	public int extract(ZonedDateTime time) {
		return this.extractor.applyAsInt(time);
	}

	/**
	 * Finds a part by its spec name.
	 * @param id the name
	 * @return the part, if known
	 */
	public static Optional<DatePart> of(String id) {
		return Arrays.stream(values()).filter((part) -> part.id.equals(id)).findFirst();
	}

	/**
	 * Reads a part from its spec name, for JSON.
	 * @param id the name
	 * @return the part
	 * @throws IllegalArgumentException if unknown
	 */
	@JsonCreator
	public static DatePart fromId(String id) {
		return of(id)
			.orElseThrow(() -> new IllegalArgumentException("Unknown date part '" + id + "' (known: " + ids() + ")"));
	}

	/**
	 * Returns the spec names of all parts.
	 * @return the ids
	 */
	public static List<String> ids() {
		return Arrays.stream(values()).map(DatePart::id).toList();
	}

}
