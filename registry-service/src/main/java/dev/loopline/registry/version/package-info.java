/**
 * Model versions: every finished training run becomes a numbered version with its
 * metrics, policy, decision and lineage; versions are listed, described, tagged and
 * downloaded here.
 */
@NullMarked
package dev.loopline.registry.version;

import org.jspecify.annotations.NullMarked;
