package se.glomska.accounting.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.domain.Invoice;
import se.glomska.accounting.internal.domain.InvoiceBalance;
import se.glomska.accounting.internal.domain.Invoices;
import se.glomska.accounting.internal.domain.Payment;
import se.glomska.accounting.internal.domain.PaymentDraft;
import se.glomska.accounting.internal.domain.Payments;
import org.springframework.context.ApplicationEventPublisher;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.customer.spi.ErasureBlockersChanged;

/**
 * Records a payment of an invoice. The invoice is never touched: its balance is derived from its
 * payments. A payment over the balance is refused, so an invoice is never overpaid.
 */
@Service
@RetriedOnWriteConflict
public class RecordPayment {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final Invoices invoices;
    private final Payments payments;
    private final ApplicationEventPublisher events;

    RecordPayment(CustomerDirectory customers, Invoices invoices, Payments payments, java.time.Clock clock,
                  ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.customers = customers;
        this.invoices = invoices;
        this.payments = payments;
    }

    @Transactional
    public Payment record(long invoiceId, PaymentDraft payment) {
        long customerId = invoices.find(invoiceId).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.INVOICE, invoiceId))
                .customerId();
        customers.lockForNewRecord(CustomerId.of(customerId), clock.instant());
        // one payment of an invoice at a time: two concurrent payments cannot both fit the balance
        Invoice invoice = invoices.findForPayment(invoiceId).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.INVOICE, invoiceId));
        InvoiceBalance balance = new InvoiceBalance(invoice.total(), payments.findPaidAmount(invoiceId));
        if (!balance.accepts(payment.amount())) {
            throw new PaymentExceedsBalanceException(invoiceId, balance.balance());
        }
        Payment recorded = payments.record(invoiceId, CustomerId.of(customerId), payment);
        if (balance.balance().compareTo(payment.amount()) == 0) {
            // paid in full: an unpaid invoice blocks the customer's erasure (erasure-rules.md section 3)
            events.publishEvent(new ErasureBlockersChanged(CustomerId.of(customerId), "accounting", "INVOICE_PAID", invoiceId));
        }
        return recorded;
    }
}
