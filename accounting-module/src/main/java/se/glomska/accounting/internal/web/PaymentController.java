package se.glomska.accounting.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.accounting.internal.application.LookUpInvoices;
import se.glomska.accounting.internal.application.PaymentReading;
import se.glomska.accounting.internal.domain.Payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment by its own id (payments are recorded through {@code POST /api/invoices/{id}/payments}). */
@RestController
class PaymentController {

    private final LookUpInvoices lookUp;

    PaymentController(LookUpInvoices lookUp) {
        this.lookUp = lookUp;
    }

    @GetMapping("/api/payments/{id}")
    PaymentJson payment(@PathVariable long id, HttpServletRequest request) {
        return PaymentJson.of(lookUp.payment(id, Readers.of(request)));
    }

    /** A payment as recorded; {@code restricted} when its invoice's customer is anonymized. */
    record PaymentJson(long id, long invoiceId, BigDecimal amount, LocalDate paidAt, Instant recordedAt,
                       boolean restricted) {

        static PaymentJson of(PaymentReading reading) {
            Payment p = reading.payment();
            return new PaymentJson(p.id(), p.invoiceId(), p.amount(), p.paidAt(), p.recordedAt(), reading.restricted());
        }
    }
}
