/**
 * The Open Inference Protocol v2 (KServe / Triton REST dialect): health, model metadata
 * and readiness, and inference with named tensors, unversioned or on a deployed version.
 * Errors on these paths are {@code {"error": "..."}} as the protocol asks, not problem
 * details.
 */
@NullMarked
package dev.loopline.serving.oip;

import org.jspecify.annotations.NullMarked;
