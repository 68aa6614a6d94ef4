package se.glomska.customer;

import se.glomska.customer.internal.domain.Relation;

/** One row of a customer search, as the API answers it and the register page shows it. */
public record CustomerSummary(long id, String customerNumber, String displayName, Relation relation, String city,
                              boolean anonymized) {
}
