package se.glomska.accounting.internal.application;

import se.glomska.accounting.internal.domain.InvoiceSummary;
import se.glomska.customer.CustomerRef;

import java.util.List;
import java.util.Map;

/** One page of invoices, with the reference of each invoice's customer (fetched in one call). */
public record InvoiceListPage(List<InvoiceSummary> items, Map<Long, CustomerRef> customers, int page, int size,
                              long total) {

    public InvoiceListPage {
        items = List.copyOf(items);
        customers = Map.copyOf(customers);
    }

    public CustomerRef customerOf(InvoiceSummary invoice) {
        return customers.getOrDefault(invoice.customerId(), CustomerRef.anonymized());
    }
}
