/**
 * Spec to fitted to applied, after Tribuo's {@code TransformationMap} to
 * {@code TransformerMap} to {@code TransformedModel}:
 * {@link dev.loopline.features.pipeline.FeaturePipeline#fit} learns each transform's
 * parameters from training rows, the immutable
 * {@link dev.loopline.features.pipeline.FittedPipeline} is stored with the model as JSON,
 * and its {@code vectorize} is the one code path that turns a record into a feature
 * vector, for training and for prediction alike.
 */
@NullMarked
package dev.loopline.features.pipeline;

import org.jspecify.annotations.NullMarked;
