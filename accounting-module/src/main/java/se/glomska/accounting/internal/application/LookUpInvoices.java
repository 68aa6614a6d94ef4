package se.glomska.accounting.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.domain.InvoiceBalance;
import se.glomska.accounting.internal.domain.InvoiceSummary;
import se.glomska.accounting.internal.domain.Invoices;
import se.glomska.accounting.internal.domain.Payment;
import se.glomska.accounting.internal.domain.Payments;
import se.glomska.customer.CustomerDirectory;

import java.math.BigDecimal;
import java.util.List;

/** Shows an invoice with its balance, and lists invoices (of a customer, or the latest of all). */
@Service
public class LookUpInvoices {

    private final Invoices invoices;
    private final Payments payments;
    private final CustomerDirectory customers;

    LookUpInvoices(Invoices invoices, Payments payments, CustomerDirectory customers) {
        this.invoices = invoices;
        this.payments = payments;
        this.customers = customers;
    }

    @Transactional(readOnly = true)
    public InvoiceDetails invoice(long invoiceId) {
        var invoice = invoices.find(invoiceId).orElseThrow(() -> new UnknownInvoiceException(invoiceId));
        List<Payment> paid = payments.listByInvoice(invoiceId);
        BigDecimal paidAmount = paid.stream().map(Payment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new InvoiceDetails(invoice, paid, new InvoiceBalance(invoice.total(), paidAmount));
    }

    /** The customer's invoices when {@code customerId} is given, else the latest invoices; newest first. */
    @Transactional(readOnly = true)
    public InvoiceListPage list(Long customerId, int page, int size) {
        int offset = Math.multiplyExact(page, size);
        List<InvoiceSummary> items = customerId == null ? invoices.listLatest(offset, size)
                : invoices.listByCustomer(customerId, offset, size);
        long total = customerId == null ? invoices.countAll() : invoices.countByCustomer(customerId);
        return new InvoiceListPage(items, customers.refs(items.stream().map(InvoiceSummary::customerId).toList()),
                page, size, total);
    }
}
