package dev.loopline.monitoring.reference;

/**
 * Published (as a Spring application event) when a model gets a new champion reference,
 * so windows and trackers restart and drift alerts of the old champion resolve.
 *
 * @param reference the new reference
 * @param previousVersion the former champion's version, or 0 when there was none
 */
public record ChampionChanged(ModelReference reference, int previousVersion) {
}
