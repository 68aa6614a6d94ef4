package se.glomska.customer.internal.domain;

/** A kept field that holds a value and may hold personal data: the user checks it by hand (section 5). */
public record ManualReviewItem(String module, String recordType, long recordId, String field) {
}
