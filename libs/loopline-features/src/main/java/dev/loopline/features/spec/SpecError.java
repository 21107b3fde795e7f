package dev.loopline.features.spec;

/**
 * One problem found in a spec.
 *
 * @param path where, e.g. {@code features[2].transforms[0].type}; empty for the whole
 * document
 * @param message what is wrong
 */
public record SpecError(String path, String message) {

	@Override
	public String toString() {
		return (this.path.isEmpty() ? "" : this.path + ": ") + this.message;
	}

}
