/**
 * Spring Boot auto-configuration shared by every Loopline service. Depending on the kit
 * gives a service RFC 9457 problem details, API-key security, observability defaults,
 * Kafka error handling and idempotent consumption helpers, each in its own sub-package.
 */
@NullMarked
package dev.loopline.servicekit;

import org.jspecify.annotations.NullMarked;
