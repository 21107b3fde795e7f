package dev.loopline.bench;

import java.io.PrintStream;

/**
 * Prints the figures of one run of {@link IngestBench}.
 */
record IngestReport(int records, int recordSize, double rawSeconds, IngestBench.PipelineTimes pipeline) {

	static final double GOAL = 0.25;

	void print(PrintStream out) {
		double raw = this.records / this.rawSeconds;
		double landed = this.records / this.pipeline.landed();
		double validated = this.records / this.pipeline.validated();
		out.printf("%nIngestion -> validation, %,d records of %,d bytes%n", this.records, this.recordSize);
		out.printf("  %-44s %,12.0f rec/s  (%.2f s)%n", "raw Kafka produce (acks=all, same broker)", raw,
				this.rawSeconds);
		out.printf("  %-44s %,12.0f rec/s  (%.2f s)%n", "producer -> ingestion -> records.raw", landed,
				this.pipeline.landed());
		out.printf("  %-44s %,12.0f rec/s  (%.2f s)%n", "producer -> ... -> records.validated", validated,
				this.pipeline.validated());
		out.printf("  %-44s %12.2f  (goal >= %.2f)%n", "ratio validated / raw produce", validated / raw, GOAL);
		out.printf("  (the producer itself finished after %.2f s)%n", this.pipeline.produced());
	}

}
