package dev.loopline.ingestion.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Why one element or line of a JSON request could not be taken.
 *
 * @param line its 1-based line number in the body
 * @param index its 0-based index in a JSON array, or {@code null}
 * @param message what is wrong
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordError(long line, @Nullable Integer index, String message) {

}
