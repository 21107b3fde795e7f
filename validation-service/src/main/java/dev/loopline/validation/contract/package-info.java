/**
 * Data contracts: versioned per dataset (fields, types, entity key, event time, label,
 * expectations), checked for errors when stored, managed over REST and served from a
 * short-lived cache to the record flow.
 */
@NullMarked
package dev.loopline.validation.contract;

import org.jspecify.annotations.NullMarked;
