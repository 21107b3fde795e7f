package dev.loopline.bench;

import java.io.PrintStream;

/**
 * Prints the figures of one run of {@link FeatureBench}.
 */
record FeatureReport(int records, int entities, int clients, double copySeconds, double indexedCopySeconds,
		double materializeSeconds, double onlineSeconds, FeatureBench.LookupTimes bare,
		FeatureBench.LookupTimes lookups) {

	static final double P99_GOAL_MS = 2.0;

	static final double RATE_GOAL = 0.1;

	static final double OFFLINE_GOAL = 0.5;

	void print(PrintStream out) {
		out.printf("%nOnline lookups (1 entity of %,d, 6 features), %d closed-loop clients; latency at 25 %% of max%n",
				this.entities, this.clients);
		line(out, "bare GET (Spring MVC on Tomcat, same JVM)", this.bare);
		line(out, "POST /v1/feature-views/{v}/online", this.lookups);
		out.printf("  %-44s %12.2f  (goal >= %.2f)%n", "ratio lookup rate / bare rate",
				this.lookups.maxRate() / this.bare.maxRate(), RATE_GOAL);
		out.printf("  %-44s %12.2f  (goal <= %.1f ms)%n", "lookup p99 at 25 % of max (ms)",
				this.lookups.latencies().getValueAtPercentile(99) / 1000.0, P99_GOAL_MS);
		double copy = this.records / this.copySeconds;
		double materialized = this.records / this.materializeSeconds;
		out.printf("%nOffline store, %,d records of %,d entities%n", this.records, this.entities);
		out.printf("  %-44s %,12.0f rows/s  (%.2f s)%n", "plain COPY into a scratch table", copy, this.copySeconds);
		out.printf("  %-44s %,12.0f rows/s  (%.2f s)%n", "... into a table with offline_record's indexes",
				this.records / this.indexedCopySeconds, this.indexedCopySeconds);
		out.printf("  %-44s %,12.0f rows/s  (%.2f s)%n", "records.validated -> offline table", materialized,
				this.materializeSeconds);
		out.printf("  %-44s %12.2f  (goal >= %.2f)%n", "ratio materialized / COPY", materialized / copy, OFFLINE_GOAL);
		out.printf("  %-44s %,12.0f rows/s  (%.2f s)%n", "... until every online row is refreshed",
				this.records / this.onlineSeconds, this.onlineSeconds);
	}

	private static void line(PrintStream out, String name, FeatureBench.LookupTimes times) {
		out.printf("  %-44s %,12.0f req/s  p50 %.2f ms  p99 %.2f ms  p99.9 %.2f ms%n", name, times.maxRate(),
				times.latencies().getValueAtPercentile(50) / 1000.0,
				times.latencies().getValueAtPercentile(99) / 1000.0,
				times.latencies().getValueAtPercentile(99.9) / 1000.0);
	}

}
