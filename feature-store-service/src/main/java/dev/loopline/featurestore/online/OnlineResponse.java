package dev.loopline.featurestore.online;

import java.util.List;
import java.util.Map;

/**
 * The answer of an online lookup, entity-major: one item per requested entity, in order,
 * each with one {@link FeatureValue} per requested feature, in order.
 *
 * @param view view name
 * @param version view version
 * @param features the feature names, in order
 * @param entities the entities
 */
record OnlineResponse(String view, int version, List<String> features, List<EntityFeatures> entities) {

	/**
	 * One entity's features.
	 *
	 * @param entityId the entity
	 * @param features value, status and event time by feature name
	 */
	record EntityFeatures(String entityId, Map<String, FeatureValue> features) {
	}

}
