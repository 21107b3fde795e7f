package dev.loopline.validation.contract;

import java.time.Instant;

/**
 * One stored version of a dataset's data contract.
 *
 * @param dataset the dataset
 * @param version version number, from 1
 * @param createdAt when this version was stored
 * @param definition the contract itself
 */
public record DataContract(String dataset, int version, Instant createdAt, ContractDefinition definition) {
}
