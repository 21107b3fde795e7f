package dev.loopline.serving.predict;

import java.nio.charset.StandardCharsets;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Sticky canary routing: a key goes to the canary when {@code murmur3(key) mod 100 <
 * canaryPercent}, so the same key always lands on the same variant (while the share is
 * unchanged), and raising the share only moves keys from champion to canary.
 */
final class CanaryRouter {

	private CanaryRouter() {
	}

	static boolean toCanary(String key, int canaryPercent) {
		if (canaryPercent <= 0) {
			return false;
		}
		return bucket(key) < canaryPercent;
	}

	static int bucket(String key) {
		return Math.floorMod(MurmurHash3.hash32x86(key.getBytes(StandardCharsets.UTF_8)), 100);
	}

}
