/**
 * The model bundle: one ZIP with the manifest, the Tribuo model in protobuf form, the
 * fitted feature pipeline, the drift reference profile and the Tribuo provenance. The
 * registry stores it as bytes with their SHA-256; serving and monitoring read it back.
 */
@NullMarked
package dev.loopline.models.bundle;

import org.jspecify.annotations.NullMarked;
