package se.glomska.customer.internal.domain;

/** One row of a customer search. */
public record CustomerSummary(long id, String customerNumber, String displayName, Relation relation, String city,
                              boolean anonymized) {
}
