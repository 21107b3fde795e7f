/**
 * What the offline store holds per dataset: how many records, and how many arrived after
 * a given sequence, so training can trigger a run when enough new data has come in.
 */
@NullMarked
package dev.loopline.featurestore.dataset;

import org.jspecify.annotations.NullMarked;
