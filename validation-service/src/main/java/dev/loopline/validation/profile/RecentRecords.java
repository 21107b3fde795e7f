package dev.loopline.validation.profile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;

/**
 * The last records seen per dataset, as received, in a ring of fixed size: the window
 * profiles and contract suggestions are computed from. Bounded memory per dataset; kept
 * for datasets without a contract too, so their first contract can be suggested.
 */
public final class RecentRecords {

	private final int size;

	private final ConcurrentMap<String, Deque<Map<String, @Nullable Object>>> rings = new ConcurrentHashMap<>();

	public RecentRecords(int size) {
		this.size = size;
	}

	public void add(String dataset, Map<String, @Nullable Object> fields) {
		Deque<Map<String, @Nullable Object>> ring = this.rings.computeIfAbsent(dataset, (name) -> new ArrayDeque<>());
		synchronized (ring) {
			if (ring.size() >= this.size) {
				ring.removeFirst();
			}
			ring.addLast(fields);
		}
	}

	public List<Map<String, @Nullable Object>> of(String dataset) {
		Deque<Map<String, @Nullable Object>> ring = this.rings.get(dataset);
		if (ring == null) {
			return List.of();
		}
		synchronized (ring) {
			return List.copyOf(ring);
		}
	}

}
