package dev.loopline.contracts;

/**
 * Thrown when an event was written with a schema version newer than this consumer knows:
 * the consumer must be upgraded before it can read it.
 */
public class UnsupportedSchemaVersionException extends EventDecodingException {

	private static final long serialVersionUID = 1L;

	private final transient EventType eventType;

	private final int schemaVersion;

	/**
	 * Creates an exception for the given event type and version.
	 * @param eventType the type of the rejected event
	 * @param schemaVersion the version found in the event's metadata
	 */
	public UnsupportedSchemaVersionException(EventType eventType, int schemaVersion) {
		super(eventType.recordClass().getSimpleName() + " schema version " + schemaVersion
				+ " is newer than the supported version " + eventType.currentVersion() + "; upgrade this consumer");
		this.eventType = eventType;
		this.schemaVersion = schemaVersion;
	}

	public EventType getEventType() {
		return this.eventType;
	}

	public int getSchemaVersion() {
		return this.schemaVersion;
	}

}
