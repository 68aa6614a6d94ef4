package se.glomska.sales.internal.application;

import se.glomska.customer.CustomerRef;

import java.math.BigDecimal;
import java.time.Instant;

/** A quote in a list: the customer as a reference, never its id. */
public record QuoteListRow(long id, CustomerRef customer, BigDecimal total, Instant createdAt) {
}
