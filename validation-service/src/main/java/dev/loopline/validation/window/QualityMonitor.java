package dev.loopline.validation.window;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import dev.loopline.validation.contract.DataContract;

/**
 * Keeps one {@link QualityWindow} per dataset in memory and starts a fresh one when the
 * contract changes. Windows are per instance: with several instances each checks the
 * share of records it consumes, which is what a per-partition consumer sees anyway.
 */
public final class QualityMonitor {

	private final ConcurrentMap<String, QualityWindow> windows = new ConcurrentHashMap<>();

	/**
	 * Adds a record (valid or not: window rules never drop records) to its dataset's
	 * window.
	 * @param contract the contract it was checked against
	 * @param typed its coerced values
	 * @param now the current time
	 * @return the breaches of a window this record closed
	 */
	public List<Breach> observe(DataContract contract, Map<String, Object> typed, Instant now) {
		QualityWindow window = this.windows.compute(contract.dataset(),
				(dataset, current) -> (current != null && current.version() == contract.version()) ? current
						: new QualityWindow(contract.definition(), contract.version()));
		if (!window.hasRules()) {
			return List.of();
		}
		synchronized (window) {
			return window.add(typed, now);
		}
	}

}
