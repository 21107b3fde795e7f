package dev.loopline.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded generator of JSON records of a fixed size, shaped like the orders of an online
 * shop: an entity, a few typed fields and a free-text note that pads the record to the
 * wanted size. Every record has a distinct id, so content-derived record ids never
 * collapse two of them.
 */
final class BenchRecords {

	private static final String[] CATEGORIES = { "books", "games", "garden", "music", "toys", "tools" };

	private final SplittableRandom random;

	private final int size;

	BenchRecords(long seed, int size) {
		this.random = new SplittableRandom(seed);
		this.size = size;
	}

	/** One generated record: its Kafka key (the entity id) and its JSON bytes. */
	record BenchRecord(byte[] key, byte[] value) {
	}

	List<BenchRecord> generate(String idPrefix, int count) {
		List<BenchRecord> records = new ArrayList<>(count);
		Instant now = Instant.now();
		for (int i = 0; i < count; i++) {
			String customer = "c-" + this.random.nextInt(10_000);
			String json = String.format(Locale.ROOT,
					"{\"order_id\":\"%s-%d\",\"customer_id\":\"%s\",\"amount\":%.2f,\"items\":%d,"
							+ "\"category\":\"%s\",\"express\":%b,\"created_at\":\"%s\",\"note\":\"",
					idPrefix, i, customer, this.random.nextDouble(1, 500), this.random.nextInt(1, 10),
					CATEGORIES[this.random.nextInt(CATEGORIES.length)], this.random.nextBoolean(),
					now.minusSeconds(this.random.nextInt(3600)));
			StringBuilder padded = new StringBuilder(this.size).append(json);
			while (padded.length() < this.size - 2) {
				padded.append((char) ('a' + this.random.nextInt(26)));
			}
			padded.append("\"}");
			records.add(new BenchRecord(customer.getBytes(StandardCharsets.UTF_8),
					padded.toString().getBytes(StandardCharsets.UTF_8)));
		}
		return records;
	}

}
