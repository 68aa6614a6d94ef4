package se.glomska.accounting;

import se.glomska.customer.CustomerRef;

import java.math.BigDecimal;

/**
 * An invoice in a list, as the API answers it and the invoice list shows it: the customer by its
 * reference only, no customer id (erasure-rules.md section 6); {@code restricted} when the customer is
 * anonymized (GDPR art. 18).
 */
public record InvoiceLine(long id, long invoiceNumber, CustomerRef customer, BigDecimal total, BigDecimal balance,
                          boolean paid, boolean restricted) {
}
