package se.glomska.accounting.internal.domain;

import se.glomska.customer.CustomerId;
import java.time.Instant;
import java.util.Optional;

/** Payment reminders sent for invoices. */
public interface PaymentReminders {

    PaymentReminder add(long invoiceId, CustomerId customerId, ReminderDraft reminder, Instant sentAt);

    Optional<PaymentReminder> find(long id);
}
