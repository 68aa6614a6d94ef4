package se.glomska.customer.internal.domain;

/** How many records of one type an erasure changed or removed. */
public record Change(String module, String recordType, long count) {
}
