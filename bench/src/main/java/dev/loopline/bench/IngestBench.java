package dev.loopline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.loopline.bench.BenchRecords.BenchRecord;
import dev.loopline.contracts.Topics;
import dev.loopline.local.LocalOptions;
import dev.loopline.local.LocalPlatform;
import dev.loopline.local.LocalService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Records per second of 1 KB records through ingestion and validation, from a producer
 * writing to {@code loopline.ingest.bench} to {@code loopline.records.validated}, beside
 * the raw Kafka produce throughput of the same records on the same broker in the same
 * run. The ingestion and validation services run in this JVM on an embedded platform.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = "Throughput of ingestion -> validation (Kafka in, records.validated out) beside raw Kafka produce.")
final class IngestBench implements Callable<Integer> {

	static final String DATASET = "bench";

	@Option(names = "--records", defaultValue = "100000", description = "Records measured (default: ${DEFAULT-VALUE}).")
	private int records;

	@Option(names = "--warmup", defaultValue = "20000",
			description = "Records sent first and not measured (default: ${DEFAULT-VALUE}).")
	private int warmup;

	@Option(names = "--record-size", defaultValue = "1024",
			description = "Bytes per JSON record (default: ${DEFAULT-VALUE}).")
	private int recordSize;

	@Option(names = "--timeout", defaultValue = "PT10M", description = "Give up after (default: ${DEFAULT-VALUE}).")
	private Duration timeout;

	@Override
	public Integer call() throws Exception {
		Path data = Files.createTempDirectory("loopline-bench-");
		Set<LocalService> services = EnumSet.of(LocalService.INGESTION, LocalService.VALIDATION);
		try (LocalPlatform platform = LocalPlatform.start(LocalOptions.ephemeral(data, services))) {
			String bootstrap = platform.kafkaBootstrapServers();
			new BenchContract(platform).register(DATASET);
			createTopics(bootstrap, List.of(Topics.ingest(DATASET), "bench.produce"));
			BenchRecords generator = new BenchRecords(42, this.recordSize);
			try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
				System.out.printf("Warming up with %,d records...%n", this.warmup);
				produce(producer, "bench.produce", generator.generate("warm", this.warmup));
				pipeline(producer, bootstrap, generator.generate("warm-pipeline", this.warmup));
				List<BenchRecord> measured = generator.generate("raw", this.records);
				double rawSeconds = produce(producer, "bench.produce", measured);
				PipelineTimes pipeline = pipeline(producer, bootstrap, generator.generate("run", this.records));
				new IngestReport(this.records, this.recordSize, rawSeconds, pipeline).print(System.out);
			}
		}
		return 0;
	}

	private double produce(KafkaProducer<byte[], byte[]> producer, String topic, List<BenchRecord> batch) {
		long start = System.nanoTime();
		for (BenchRecord record : batch) {
			producer.send(new ProducerRecord<>(topic, record.key(), record.value()));
		}
		producer.flush();
		return (System.nanoTime() - start) / 1e9;
	}

	private PipelineTimes pipeline(KafkaProducer<byte[], byte[]> producer, String bootstrap, List<BenchRecord> batch) {
		String raw = Topics.RECORDS_RAW;
		String validated = Topics.RECORDS_VALIDATED;
		String quarantined = Topics.RECORDS_QUARANTINED;
		try (TopicCounter counter = new TopicCounter(bootstrap, List.of(raw, validated, quarantined))) {
			long start = System.nanoTime();
			double produced = produce(producer, Topics.ingest(DATASET), batch);
			boolean done = counter.awaitCounts(batch.size(),
					(counts) -> counts.get(validated) + counts.get(quarantined) >= batch.size(), this.timeout);
			if (!done || counter.count(quarantined) > 0) {
				throw new IllegalStateException(String.format(
						"Pipeline did not validate every record within %s: raw %d, validated %d, quarantined %d of %d",
						this.timeout, counter.count(raw), counter.count(validated), counter.count(quarantined),
						batch.size()));
			}
			return new PipelineTimes(produced, seconds(start, counter.reachedAt(raw)),
					seconds(start, counter.reachedAt(validated)));
		}
	}

	private static double seconds(long start, @Nullable Long end) {
		return (end == null) ? Double.NaN : (end - start) / 1e9;
	}

	private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
		return new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024),
				new ByteArraySerializer(), new ByteArraySerializer());
	}

	private static void createTopics(String bootstrap, List<String> topics) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(topics.stream().map((topic) -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
		}
	}

	/**
	 * When the pipeline got there, in seconds after the first record was sent.
	 *
	 * @param produced when the producer had every record acknowledged
	 * @param landed when the last raw record was published by ingestion
	 * @param validated when the last validated record was published by validation
	 */
	record PipelineTimes(double produced, double landed, double validated) {
	}

}
