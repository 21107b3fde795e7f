package dev.loopline.models.training;

import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import dev.loopline.features.FeaturesJson;

/**
 * Writes Tribuo provenance (trainer class and every configured field, dataset, Tribuo and
 * Java versions) as JSON through OLCUT's {@link ProvenanceUtil#convertToMap} (nested maps
 * and lists of strings).
 */
public final class ProvenanceJson {

	private ProvenanceJson() {
	}

	/**
	 * Writes a provenance as JSON.
	 * @param provenance the provenance, e.g. {@code model.getProvenance()}
	 * @return the JSON text
	 */
	public static String of(ObjectProvenance provenance) {
		return FeaturesJson.write(ProvenanceUtil.convertToMap(provenance));
	}

}
