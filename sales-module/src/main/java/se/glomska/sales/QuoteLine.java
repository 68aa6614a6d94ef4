package se.glomska.sales;

import se.glomska.customer.CustomerRef;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A quote in a list, as the API answers it and the pages show it: the customer as a reference, never
 * its id ({@code Xxxx} without a link once the customer is anonymized).
 */
public record QuoteLine(long id, CustomerRef customer, BigDecimal total, Instant createdAt) {
}
