package dev.loopline.validation.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.loopline.contracts.RawRecord;
import dev.loopline.servicekit.kafka.EventListeners;
import dev.loopline.validation.config.ValidationProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.messaging.Message;

/**
 * Consumes {@code loopline.records.raw} (binding {@code validateRecord-in-0}) in batch
 * mode: the kit's {@link EventListeners#ofBatch} decodes the poll record by record and
 * dead-letters an undecodable record alone to {@code records.raw.dlq}, and the rest is
 * validated as one chunk by the {@link ValidationPipeline}, retried in place with
 * back-off if the database or the broker fails.
 */
@Configuration(proxyBeanMethods = false)
class RawRecordListener {

	@Bean
	Consumer<Message<List<byte[]>>> validateRecord(EventListeners listeners, ValidationPipeline pipeline,
			ValidationProperties properties) {
		RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(properties.chunkRetries())
			.delay(properties.chunkRetryDelay())
			.multiplier(2)
			.maxDelay(Duration.ofSeconds(10))
			.build());
		// in batch mode the binder does not retry, it dead-letters the whole poll, so
		// a failed chunk (database or broker down) is retried in place first
		return listeners.ofBatch(RawRecord.class, (records) -> retry.invoke(() -> pipeline.process(records)));
	}

}
