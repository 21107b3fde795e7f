package dev.loopline.training.client;

/**
 * The feature store's offline-store counters of a dataset ({@code GET
 * /v1/datasets/{dataset}/offline?sinceSequence=}).
 *
 * @param dataset the dataset
 * @param watermark the current highest sequence
 * @param records records stored
 * @param recordsSince records stored after the given sequence
 */
public record OfflineStats(String dataset, long watermark, long records, long recordsSince) {
}
