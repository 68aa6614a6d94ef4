package se.glomska.customer.internal.domain;

/** How many records of one type a module holds for the customer. */
public record Footprint(String module, String recordType, long count) {
}
