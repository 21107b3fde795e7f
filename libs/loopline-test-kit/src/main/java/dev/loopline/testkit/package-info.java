/**
 * Real infrastructure for Loopline integration tests: one JVM-wide Kafka broker and one
 * PostgreSQL server ({@link dev.loopline.testkit.LooplineInfrastructure}), started lazily
 * in-process or with Testcontainers when Docker is available. Spring Boot tests opt in
 * with {@link dev.loopline.testkit.RealInfrastructure}, which points the context at the
 * broker, a fresh database and the {@link dev.loopline.testkit.TestApiKeys}; plain tests
 * publish and await events with {@link dev.loopline.testkit.KafkaProbe}.
 */
@NullMarked
package dev.loopline.testkit;

import org.jspecify.annotations.NullMarked;
