/**
 * Benchmark drivers (not tests): throughput and latency of the services on a real
 * embedded Kafka broker and PostgreSQL, each beside a baseline measured in the same run.
 */
@NullMarked
package dev.loopline.bench;

import org.jspecify.annotations.NullMarked;
