/**
 * The validation-service: checks raw records against versioned data contracts and
 * expectations; valid records go on, the rest is quarantined with every violation.
 * Feature packages below this one hold the domain; this package holds only the
 * application class.
 */
@NullMarked
package dev.loopline.validation;

import org.jspecify.annotations.NullMarked;
