package se.glomska.accounting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.application.LookUpInvoices;
import se.glomska.customer.CustomerRef;
import se.glomska.customer.Page;

/**
 * The invoice list as the web pages show it, newest first. A row names its customer only by a
 * {@link CustomerRef}: {@code Xxxx} without a link once the customer is anonymized (the invoice
 * itself keeps what it was issued with).
 */
@Service
@Transactional(readOnly = true)
public class InvoiceLists {

    private final LookUpInvoices lookUp;

    InvoiceLists(LookUpInvoices lookUp) {
        this.lookUp = lookUp;
    }

    /** The customer's invoices, or without {@code customerId} the latest of all. */
    public Page<InvoiceLine> invoices(Long customerId, int page, int size) {
        return lookUp.list(customerId, page, size);
    }
}
