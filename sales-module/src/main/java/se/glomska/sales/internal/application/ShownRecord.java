package se.glomska.sales.internal.application;

import se.glomska.customer.ShownCustomer;

/**
 * A sales record with its customer as the customer register allows it to be shown: once the customer
 * is anonymized, without its id (api.md, "After the erasure").
 */
public record ShownRecord<T>(T record, ShownCustomer customer) {
}
