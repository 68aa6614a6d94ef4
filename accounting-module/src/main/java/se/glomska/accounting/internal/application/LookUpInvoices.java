package se.glomska.accounting.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.domain.InvoiceBalance;
import se.glomska.accounting.internal.domain.InvoiceSummary;
import se.glomska.accounting.internal.domain.Invoices;
import se.glomska.accounting.internal.domain.Payment;
import se.glomska.accounting.internal.domain.Payments;
import se.glomska.accounting.internal.domain.BillTo;
import se.glomska.accounting.InvoiceLine;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.CustomerDirectory.Unnamed;
import se.glomska.customer.Page;
import se.glomska.customer.RestrictedRecords;
import se.glomska.customer.ShownCustomer;

import java.math.BigDecimal;
import java.util.List;

/**
 * Shows an invoice with its balance and a payment, restricted when their customer is anonymized (see
 * {@link RestrictedReading}), and lists invoices (of a customer, or the latest of all).
 */
@Service
public class LookUpInvoices {

    private final Invoices invoices;
    private final Payments payments;
    private final CustomerDirectory customers;
    private final RestrictedRecords restricted;

    LookUpInvoices(Invoices invoices, Payments payments, CustomerDirectory customers, RestrictedRecords restricted) {
        this.invoices = invoices;
        this.payments = payments;
        this.customers = customers;
        this.restricted = restricted;
    }

    /**
     * The invoice as {@code reader} is shown it: as issued, unless it is restricted and the reader is no
     * bookkeeper; a bookkeeper's read of a restricted invoice is recorded.
     *
     * @throws UnknownRecordException for an unknown id (404)
     */
    @Transactional
    public InvoiceReading read(long invoiceId, Reader reader) {
        InvoiceDetails details = invoice(invoiceId);
        ShownCustomer customer = customers.shown(details.invoice().customerId());
        boolean asIssued = RestrictedReading.asIssued(customer.anonymized(), reader, "invoice", invoiceId, restricted);
        BillTo billTo = details.invoice().billTo();
        return new InvoiceReading(details, customer, customer.anonymized(), asIssued ? billTo : billTo.withheld());
    }

    /**
     * A payment, restricted when its invoice's customer is anonymized; a bookkeeper's read of a restricted
     * payment is recorded.
     *
     * @throws UnknownRecordException for an unknown id (404)
     */
    @Transactional
    public PaymentReading payment(long paymentId, Reader reader) {
        Payment payment = payments.find(paymentId).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.PAYMENT, paymentId));
        long customerId = invoices.find(payment.invoiceId()).orElseThrow().customerId();
        boolean isRestricted = customers.shown(customerId).anonymized();
        RestrictedReading.asIssued(isRestricted, reader, "payment", paymentId, restricted);
        return new PaymentReading(payment, isRestricted);
    }

    @Transactional(readOnly = true)
    public InvoiceDetails invoice(long invoiceId) {
        var invoice = invoices.find(invoiceId).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.INVOICE, invoiceId));
        List<Payment> paid = payments.listByInvoice(invoiceId);
        BigDecimal paidAmount = paid.stream().map(Payment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new InvoiceDetails(invoice, paid, new InvoiceBalance(invoice.total(), paidAmount));
    }

    /**
     * The customer's invoices when {@code customerId} is given, else the latest invoices; newest first.
     *
     * @throws se.glomska.customer.UnknownCustomerException when the customer is unknown or anonymized (404)
     */
    @Transactional(readOnly = true)
    public Page<InvoiceLine> list(Long customerId, int page, int size) {
        int offset = Math.multiplyExact(page, size);
        customers.listFilter(customerId); // 404 for an unknown or anonymized customer
        List<InvoiceSummary> items = customerId == null ? invoices.listLatest(offset, size)
                : invoices.listByCustomer(customerId, offset, size);
        long total = customerId == null ? invoices.countAll() : invoices.countByCustomer(customerId);
        return customers.named(new Page<>(items.stream().map(i -> new Unnamed<>(i.customerId(),
                ref -> new InvoiceLine(i.id(), i.invoiceNumber(), ref, i.balance().total(), i.balance().balance(),
                        i.balance().paid(), ref.href() == null))).toList(), page, size, total));
    }
}
