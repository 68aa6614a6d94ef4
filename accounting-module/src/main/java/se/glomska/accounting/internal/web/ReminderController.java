package se.glomska.accounting.internal.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.accounting.internal.application.LookUpPaymentReminders;
import se.glomska.accounting.internal.domain.PaymentReminder;

import java.math.BigDecimal;
import java.time.Instant;

/** Payment reminders (sent through {@code POST /api/invoices/{id}/reminders}). */
@RestController
class ReminderController {

    private final LookUpPaymentReminders lookUp;

    ReminderController(LookUpPaymentReminders lookUp) {
        this.lookUp = lookUp;
    }

    @GetMapping("/api/reminders/{id}")
    ReminderJson reminder(@PathVariable long id) {
        return ReminderJson.of(lookUp.reminder(id));
    }

    record ReminderJson(long id, long invoiceId, String recipientName, String recipientAddress,
                        String recipientEmail, BigDecimal fee, Instant sentAt) {

        static ReminderJson of(PaymentReminder r) {
            return new ReminderJson(r.id(), r.invoiceId(), r.recipientName(), r.recipientAddress(),
                    r.recipientEmail(), r.fee(), r.sentAt());
        }
    }
}
