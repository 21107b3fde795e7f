/**
 * Deployment: model lifecycle events decide which versions are served (champion, canary,
 * shadow); bundles are loaded from the registry and swapped without a failed request.
 */
@NullMarked
package dev.loopline.serving.deployment;

import org.jspecify.annotations.NullMarked;
