package dev.loopline.ingestion.landing;

/**
 * What landing did with a list of records.
 *
 * @param received records handed to landing
 * @param accepted records landed for the first time (and published)
 * @param duplicates records already landed before (same dataset and record id)
 */
public record LandingResult(int received, int accepted, int duplicates) {

	public LandingResult plus(LandingResult other) {
		return new LandingResult(this.received + other.received, this.accepted + other.accepted,
				this.duplicates + other.duplicates);
	}

}
