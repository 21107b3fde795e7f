package dev.loopline.training.spec;

import java.time.Instant;

/**
 * One stored version of a model spec.
 *
 * @param name model name
 * @param version spec version, from 1
 * @param createdAt when it was stored
 * @param spec the spec with its defaults
 */
public record ModelSpecVersion(String name, int version, Instant createdAt, ModelSpec spec) {
}
