package se.glomska.accounting.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.domain.PaymentReminder;
import se.glomska.accounting.internal.domain.PaymentReminders;

/** Shows a payment reminder. */
@Service
public class LookUpPaymentReminders {

    private final PaymentReminders reminders;

    LookUpPaymentReminders(PaymentReminders reminders) {
        this.reminders = reminders;
    }

    @Transactional(readOnly = true)
    public PaymentReminder reminder(long reminderId) {
        return reminders.find(reminderId).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.REMINDER, reminderId));
    }
}
