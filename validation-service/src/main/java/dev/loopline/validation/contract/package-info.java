/**
 * Data contracts: versioned per dataset, they decide whether a raw record is valid and
 * which rules it violates. Valid records go to {@code loopline.records.validated}, the
 * others to {@code loopline.records.quarantined} with every violation.
 */
@NullMarked
package dev.loopline.validation.contract;

import org.jspecify.annotations.NullMarked;
