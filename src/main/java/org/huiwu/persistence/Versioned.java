package org.huiwu.persistence;

/**
 * A stored record with the optimistic version it was read at (decision 0031): an edit made from it is written
 * only while that is still the stored version. Immutable.
 *
 * @param record the record as read
 * @param version its version when read
 * @param <T> the record type
 */
public record Versioned<T>(T record, int version) {
}
