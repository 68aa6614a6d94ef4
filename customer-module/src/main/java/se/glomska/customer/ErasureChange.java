package se.glomska.customer;

/** How many records of one type an erasure changed or removed. */
public record ErasureChange(String module, String recordType, long count) {
}
