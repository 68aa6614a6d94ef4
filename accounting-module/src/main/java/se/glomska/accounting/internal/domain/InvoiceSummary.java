package se.glomska.accounting.internal.domain;

import java.util.Objects;

/** An invoice as a list shows it: number, customer, total and what has been paid. */
public record InvoiceSummary(long id, long invoiceNumber, long customerId, InvoiceBalance balance) {

    public InvoiceSummary {
        Objects.requireNonNull(balance, "balance");
    }
}
