package dev.loopline.registry.web;

import java.util.Map;
import java.util.regex.Pattern;

import dev.loopline.servicekit.problem.BadRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of model names, alias names, tag keys and tag values, checked once at the
 * API's edge (and for model names also at the run consumer) so the database and the
 * events only ever see valid ones.
 */
public final class Names {

	/** A model name: letters, digits, {@code . _ -}, up to 128 characters. */
	public static final Pattern MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

	/** An alias: lower case letters, digits, {@code _ -}, up to 64 characters. */
	public static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

	/** A tag key: no {@code :}, so {@code tag=key:value} filters split unambiguously. */
	public static final Pattern TAG_KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/**
	 * The longest tag value; any characters, but present (an empty string is a value).
	 */
	public static final int MAX_TAG_VALUE_LENGTH = 256;

	private Names() {
	}

	/**
	 * Whether a string is a valid model name; for events, which are not answered with a
	 * problem.
	 * @param name the name
	 * @return whether it matches {@link #MODEL}
	 */
	public static boolean isModel(String name) {
		return MODEL.matcher(name).matches();
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

	public static String tagValue(String key, @Nullable String value) {
		if (value == null) {
			throw new BadRequestException("invalid-tag-value", "Invalid tag value",
					"Tag '" + key + "' has no value; remove the tag instead.", Map.of("key", key));
		}
		if (value.length() > MAX_TAG_VALUE_LENGTH) {
			throw new BadRequestException("invalid-tag-value", "Invalid tag value", "The value of tag '" + key
					+ "' has " + value.length() + " characters, at most " + MAX_TAG_VALUE_LENGTH + " are allowed.",
					Map.of("key", key));
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
