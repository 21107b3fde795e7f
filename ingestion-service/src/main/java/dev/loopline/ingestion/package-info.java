/**
 * The ingestion-service: lands every record that enters the platform (REST, CSV upload,
 * Kafka producers) and publishes it to loopline.records.raw. Feature packages below this
 * one hold the domain; this package holds only the application class.
 */
@NullMarked
package dev.loopline.ingestion;

import org.jspecify.annotations.NullMarked;
