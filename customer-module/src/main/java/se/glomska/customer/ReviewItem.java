package se.glomska.customer;

/**
 * A kept field that holds a value and may hold personal data: to be checked by hand (erasure-rules.md
 * sections 5 and 9); {@code label} names it in the request's language, {@code mentionsCustomer} says it
 * contains one of the customer's identifiers. No value.
 */
public record ReviewItem(String module, String recordType, long recordId, String field, String label,
                         boolean mentionsCustomer) {
}
