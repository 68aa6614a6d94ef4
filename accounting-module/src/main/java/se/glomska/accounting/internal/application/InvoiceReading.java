package se.glomska.accounting.internal.application;

import se.glomska.accounting.internal.domain.BillTo;
import se.glomska.customer.ShownCustomer;

/**
 * An invoice as one reader is shown it: its details, its customer as the customer register shows it,
 * whether it is restricted, and the bill-to, withheld ({@code Xxxx}) when the reader may not read the
 * restricted invoice as issued.
 */
public record InvoiceReading(InvoiceDetails details, ShownCustomer customer, boolean restricted, BillTo billTo) {
}
