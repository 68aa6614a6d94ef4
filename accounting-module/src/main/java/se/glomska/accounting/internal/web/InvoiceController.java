package se.glomska.accounting.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.accounting.internal.application.InvoiceDetails;
import se.glomska.accounting.InvoiceLine;
import se.glomska.customer.Page;
import se.glomska.accounting.internal.application.InvoiceReading;
import se.glomska.accounting.internal.application.IssueInvoice;
import se.glomska.accounting.internal.application.LookUpInvoices;
import se.glomska.accounting.internal.application.RecordPayment;
import se.glomska.accounting.internal.application.SendPaymentReminder;
import se.glomska.accounting.internal.domain.BillTo;
import se.glomska.accounting.internal.domain.Invoice;
import se.glomska.accounting.internal.domain.InvoiceDraft;
import se.glomska.accounting.internal.domain.Line;
import se.glomska.accounting.internal.domain.Payment;
import se.glomska.accounting.internal.domain.PaymentDraft;
import se.glomska.accounting.internal.domain.PaymentReminder;
import se.glomska.accounting.internal.domain.ReminderDraft;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Invoices, their payments and payment reminders. */
@RestController
@RequestMapping("/api/invoices")
class InvoiceController {

    private final IssueInvoice issueInvoice;
    private final RecordPayment recordPayment;
    private final SendPaymentReminder sendReminder;
    private final LookUpInvoices lookUp;

    InvoiceController(IssueInvoice issueInvoice, RecordPayment recordPayment, SendPaymentReminder sendReminder,
                      LookUpInvoices lookUp) {
        this.issueInvoice = issueInvoice;
        this.recordPayment = recordPayment;
        this.sendReminder = sendReminder;
        this.lookUp = lookUp;
    }

    @PostMapping
    ResponseEntity<InvoiceJson> issue(@Valid @RequestBody InvoiceDraft draft, HttpServletRequest request) {
        Invoice invoice = issueInvoice.issue(draft);
        return ResponseEntity.created(URI.create("/api/invoices/" + invoice.id()))
                .body(InvoiceJson.of(lookUp.read(invoice.id(), Readers.of(request))));
    }

    @GetMapping("/{id}")
    InvoiceJson invoice(@PathVariable long id, HttpServletRequest request) {
        return InvoiceJson.of(lookUp.read(id, Readers.of(request)));
    }

    /** The customer's invoices, or without {@code customerId} the latest of all; newest first. */
    @GetMapping
    Page<InvoiceLine> list(@RequestParam(required = false) Long customerId,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return lookUp.list(customerId, page, size);
    }

    @PostMapping("/{id}/payments")
    ResponseEntity<PaymentJson> pay(@PathVariable long id, @Valid @RequestBody PaymentDraft draft) {
        Payment payment = recordPayment.record(id, draft);
        InvoiceDetails after = lookUp.invoice(id);
        return ResponseEntity.created(URI.create("/api/invoices/" + id))
                .body(new PaymentJson(payment.id(), payment.invoiceId(), payment.amount(), payment.paidAt(),
                        payment.recordedAt(), after.balance().balance(), after.balance().paid()));
    }

    @PostMapping("/{id}/reminders")
    ResponseEntity<ReminderController.ReminderJson> remind(@PathVariable long id,
                                                           @Valid @RequestBody ReminderDraft draft) {
        PaymentReminder reminder = sendReminder.send(id, draft);
        return ResponseEntity.created(URI.create("/api/reminders/" + reminder.id()))
                .body(ReminderController.ReminderJson.of(reminder));
    }

    /**
     * An invoice as issued, with its payments and the balance derived from them. Of an anonymized
     * customer: no {@code customerId}, {@code restricted: true}, and the bill-to withheld unless the
     * reader has the role BOOKKEEPING.
     */
    record InvoiceJson(long id, long invoiceNumber, @JsonInclude(JsonInclude.Include.ALWAYS) Long customerId,
                       Long orderId, Long dropshipOrderId, BillTo billTo, LocalDate dueDate, Instant issuedAt,
                       List<Line> lines, BigDecimal total, BigDecimal balance, boolean paid,
                       List<PaymentRow> payments, boolean restricted) {

        static InvoiceJson of(InvoiceReading reading) {
            InvoiceDetails details = reading.details();
            Invoice i = details.invoice();
            return new InvoiceJson(i.id(), i.invoiceNumber(), reading.customer().customerId(), i.orderId(),
                    i.dropshipOrderId(), reading.billTo(), i.dueDate(), i.issuedAt(), i.lines(), i.total(),
                    details.balance().balance(), details.balance().paid(),
                    details.payments().stream().map(p -> new PaymentRow(p.id(), p.amount(), p.paidAt())).toList(),
                    reading.restricted());
        }
    }

    record PaymentRow(long id, BigDecimal amount, LocalDate paidAt) {
    }

    /** A recorded payment and the invoice's balance after it. */
    record PaymentJson(long id, long invoiceId, BigDecimal amount, LocalDate paidAt, Instant recordedAt,
                       BigDecimal balance, boolean paid) {
    }
}
