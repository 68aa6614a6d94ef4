package se.glomska.accounting.internal.application;

import se.glomska.accounting.internal.domain.Invoice;
import se.glomska.accounting.internal.domain.InvoiceBalance;
import se.glomska.accounting.internal.domain.Payment;

import java.util.List;

/** An invoice as issued, with its payments and the balance derived from them. */
public record InvoiceDetails(Invoice invoice, List<Payment> payments, InvoiceBalance balance) {

    public InvoiceDetails {
        payments = List.copyOf(payments);
    }
}
