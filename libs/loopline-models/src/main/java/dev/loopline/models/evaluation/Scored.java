package dev.loopline.models.evaluation;

import dev.loopline.models.TrainingRow;
import dev.loopline.models.predict.Prediction;

/**
 * A hold-out row with its prediction.
 *
 * @param row the row, with its true label
 * @param prediction the model's prediction
 */
record Scored(TrainingRow row, Prediction prediction) {

}
