package se.glomska.accounting;

import org.springframework.stereotype.Service;
import se.glomska.accounting.internal.application.InvoiceDetails;
import se.glomska.accounting.internal.application.InvoiceReading;
import se.glomska.accounting.internal.application.LookUpInvoices;
import se.glomska.accounting.internal.application.Reader;
import se.glomska.accounting.internal.domain.BillTo;
import se.glomska.accounting.internal.domain.Invoice;
import se.glomska.customer.CustomerRef;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as its web page shows it, with the same restriction as the API: an invoice of an
 * anonymized customer is restricted, its bill-to withheld ({@code Xxxx}) unless the reader has the
 * role {@code BOOKKEEPING}, whose read is then appended to the access record.
 */
@Service
public class InvoicePages {

    private final LookUpInvoices lookUp;

    InvoicePages(LookUpInvoices lookUp) {
        this.lookUp = lookUp;
    }

    /** Whom the invoice is addressed to, as shown to the reader. */
    public record BillToLines(String name, String address, String postalCode, String city, String country,
                              String organizationNumber, String vatNumber, String email) {
    }

    /** One line of the invoice. */
    public record InvoiceLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    /** One payment of the invoice. */
    public record PaymentLine(long id, BigDecimal amount, LocalDate paidAt) {
    }

    /** The invoice; {@code restricted} when its customer is anonymized. */
    public record InvoiceSheet(long id, long invoiceNumber, CustomerRef customer, boolean restricted,
                               BillToLines billTo, LocalDate dueDate, Instant issuedAt, List<InvoiceLine> lines,
                               BigDecimal total, BigDecimal balance, boolean paid, List<PaymentLine> payments) {
    }

    /**
     * The invoice as {@code reader} (who has the role BOOKKEEPING or not) is shown it.
     *
     * @throws org.springframework.web.ErrorResponseException 404 for an unknown id
     */
    public InvoiceSheet invoice(long invoiceId, String reader, boolean bookkeeping) {
        InvoiceReading reading = lookUp.read(invoiceId, new Reader(reader, bookkeeping));
        InvoiceDetails details = reading.details();
        Invoice i = details.invoice();
        BillTo b = reading.billTo();
        return new InvoiceSheet(i.id(), i.invoiceNumber(), reading.customer().customer(), reading.restricted(),
                new BillToLines(b.name(), b.address(), b.postalCode(), b.city(), b.country(), b.organizationNumber(),
                        b.vatNumber(), b.email()),
                i.dueDate(), i.issuedAt(),
                i.lines().stream().map(l -> new InvoiceLine(l.description(), l.quantity(), l.unitPrice(),
                        l.exactAmount())).toList(),
                i.total(), details.balance().balance(), details.balance().paid(),
                details.payments().stream().map(p -> new PaymentLine(p.id(), p.amount(), p.paidAt())).toList());
    }
}
