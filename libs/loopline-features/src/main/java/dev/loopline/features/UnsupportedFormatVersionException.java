package dev.loopline.features;

/**
 * Thrown when a fitted pipeline or profile was written with a format version newer than
 * this release of the library knows: the reader must be upgraded before it can use it.
 */
public class UnsupportedFormatVersionException extends FeatureFormatException {

	private static final long serialVersionUID = 1L;

	private final int formatVersion;

	private final int supportedVersion;

	/**
	 * Creates an exception for a document of the given kind.
	 * @param what the kind of document, e.g. "Fitted feature pipeline"
	 * @param formatVersion the version found in the document
	 * @param supportedVersion the newest version this release reads
	 */
	public UnsupportedFormatVersionException(String what, int formatVersion, int supportedVersion) {
		super(what + " format version " + formatVersion + " is newer than the supported version " + supportedVersion
				+ "; upgrade loopline-features");
		this.formatVersion = formatVersion;
		this.supportedVersion = supportedVersion;
	}

	public int getFormatVersion() {
		return this.formatVersion;
	}

	public int getSupportedVersion() {
		return this.supportedVersion;
	}

}
