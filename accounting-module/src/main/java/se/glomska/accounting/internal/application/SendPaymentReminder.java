package se.glomska.accounting.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.domain.Invoice;
import se.glomska.accounting.internal.domain.InvoiceBalance;
import se.glomska.accounting.internal.domain.Invoices;
import se.glomska.accounting.internal.domain.PaymentReminder;
import se.glomska.accounting.internal.domain.PaymentReminders;
import se.glomska.accounting.internal.domain.Payments;
import se.glomska.accounting.internal.domain.ReminderDraft;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;

import java.time.Instant;

/** Sends (records) a payment reminder for an invoice that is not fully paid. */
@Service
@RetriedOnWriteConflict
public class SendPaymentReminder {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final Invoices invoices;
    private final Payments payments;
    private final PaymentReminders reminders;

    SendPaymentReminder(CustomerDirectory customers, Invoices invoices, Payments payments,
                        PaymentReminders reminders, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.invoices = invoices;
        this.payments = payments;
        this.reminders = reminders;
    }

    @Transactional
    public PaymentReminder send(long invoiceId, ReminderDraft reminder) {
        long customerId = invoices.find(invoiceId).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.INVOICE, invoiceId))
                .customerId();
        Instant sentAt = clock.instant();
        customers.lockForNewRecord(CustomerId.of(customerId), sentAt);
        Invoice invoice = invoices.findForPayment(invoiceId).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.INVOICE, invoiceId));
        if (new InvoiceBalance(invoice.total(), payments.findPaidAmount(invoiceId)).paid()) {
            throw new InvoicePaidException(invoiceId);
        }
        return reminders.add(invoiceId, CustomerId.of(customerId), reminder, sentAt);
    }
}
