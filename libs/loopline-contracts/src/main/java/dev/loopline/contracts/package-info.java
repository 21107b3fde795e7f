/**
 * The shared language of the Loopline services: event records, Kafka topic names,
 * CloudEvents headers and the JSON codec that reads and writes them. Every event is an
 * immutable record implementing the sealed {@link dev.loopline.contracts.LooplineEvent},
 * carries an {@link dev.loopline.contracts.EventMetadata} and is registered in
 * {@link dev.loopline.contracts.EventType}. Plain Java on top of Jackson 3: no Spring.
 */
package dev.loopline.contracts;
