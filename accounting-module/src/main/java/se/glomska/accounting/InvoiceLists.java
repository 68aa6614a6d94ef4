package se.glomska.accounting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.application.InvoiceListPage;
import se.glomska.accounting.internal.application.LookUpInvoices;
import se.glomska.customer.CustomerRef;
import se.glomska.customer.Page;

import java.math.BigDecimal;
import java.util.List;

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

    /** An invoice in a list; {@code restricted} when its customer is anonymized (GDPR art. 18). */
    public record InvoiceLine(long id, long invoiceNumber, CustomerRef customer, BigDecimal total,
                              BigDecimal balance, boolean paid, boolean restricted) {
    }

    /** The customer's invoices, or without {@code customerId} the latest of all. */
    public Page<InvoiceLine> invoices(Long customerId, int page, int size) {
        InvoiceListPage found = lookUp.list(customerId, page, size);
        return new Page<>(found.items().stream()
                .map(i -> new InvoiceLine(i.id(), i.invoiceNumber(), found.customerOf(i), i.balance().total(),
                        i.balance().balance(), i.balance().paid(), found.customerOf(i).href() == null))
                .toList(), found.page(), found.size(), found.total());
    }
}
