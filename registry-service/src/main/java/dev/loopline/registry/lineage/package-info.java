/**
 * Lineage and model cards: what each version was trained on, why and by whom, recorded
 * from the run's event and answered as a chain (version → run → training set → feature
 * view → data contracts → trigger) and as a model card in JSON or markdown.
 */
@NullMarked
package dev.loopline.registry.lineage;

import org.jspecify.annotations.NullMarked;
