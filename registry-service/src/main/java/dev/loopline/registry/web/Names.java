package dev.loopline.registry.web;

import java.util.Map;
import java.util.regex.Pattern;

import dev.loopline.servicekit.problem.BadRequestException;

/**
 * The shapes of model names, alias names and tag keys, checked once at the API's edge so
 * the database and the events only ever see valid ones.
 */
public final class Names {

	/** A model name: letters, digits, {@code . _ -}, up to 128 characters. */
	public static final Pattern MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

	/** An alias: lower case letters, digits, {@code _ -}, up to 64 characters. */
	public static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

	/** A tag key: no {@code :}, so {@code tag=key:value} filters split unambiguously. */
	public static final Pattern TAG_KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private Names() {
	}

	public static String model(String name) {
		return check(MODEL, name, "model-name", "model name");
	}

	public static String alias(String alias) {
		return check(ALIAS, alias, "alias", "alias");
	}

	public static String tagKey(String key) {
		return check(TAG_KEY, key, "tag-key", "tag key");
	}

	public static String tagValue(String value) {
		if (value.length() > 256) {
			throw new BadRequestException("invalid-tag-value", "Invalid tag value",
					"A tag value has at most 256 characters, this one has " + value.length() + ".");
		}
		return value;
	}

	private static String check(Pattern pattern, String value, String slug, String what) {
		if (!pattern.matcher(value).matches()) {
			throw new BadRequestException("invalid-" + slug, "Invalid " + what,
					"'" + value + "' is not a valid " + what + ": expected " + pattern.pattern() + ".",
					Map.of("value", value));
		}
		return value;
	}

}
