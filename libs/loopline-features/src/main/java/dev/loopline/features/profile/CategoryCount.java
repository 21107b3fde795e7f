package dev.loopline.features.profile;

/**
 * How often a category occurred.
 *
 * @param category the category
 * @param count its occurrences
 */
public record CategoryCount(String category, long count) {
}
