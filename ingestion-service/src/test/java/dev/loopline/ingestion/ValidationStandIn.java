package dev.loopline.ingestion;

import java.util.List;
import java.util.Map;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.LooplineEvent;
import dev.loopline.contracts.QuarantinedRecord;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.contracts.Violation;
import dev.loopline.testkit.KafkaProbe;

/**
 * Plays the validation service in tests: answers a RawRecord with the ValidatedRecord or
 * QuarantinedRecord validation would publish, with the real codec and CloudEvents
 * headers.
 */
final class ValidationStandIn {

	private static final EventCodec CODEC = new EventCodec();

	private static final String SOURCE = CloudEventHeaders.source("validation");

	private ValidationStandIn() {
	}

	static ValidatedRecord validated(RawRecord raw) {
		return new ValidatedRecord(EventMetadata.causedBy(raw.metadata()), raw.dataset(), raw.recordId(),
				(raw.entityId() != null) ? raw.entityId() : raw.recordId(), raw.batchId(), 1, null, raw.ingestedAt(),
				raw.fields());
	}

	static QuarantinedRecord quarantined(RawRecord raw) {
		return new QuarantinedRecord(EventMetadata.causedBy(raw.metadata()), raw.dataset(), raw.recordId(),
				raw.entityId(), raw.batchId(), 1, raw.fields(),
				List.of(new Violation("not_null", "amount", null, "amount is required")));
	}

	static void send(KafkaProbe kafka, LooplineEvent event) {
		Map<String, String> headers = CloudEventHeaders.of(event, SOURCE);
		kafka.send(event.type().topic(), event.key(), CODEC.encode(event), headers);
	}

}
