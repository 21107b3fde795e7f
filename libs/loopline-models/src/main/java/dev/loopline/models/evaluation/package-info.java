/**
 * Evaluation of any model and pipeline pair on raw hold-out rows: the task's metrics
 * (names from {@link dev.loopline.contracts.ModelMetrics}) and the fairness report of a
 * metric per group of a sensitive field. The challenger and the champion are evaluated by
 * the same code on the same rows.
 */
@NullMarked
package dev.loopline.models.evaluation;

import org.jspecify.annotations.NullMarked;
