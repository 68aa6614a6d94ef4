package se.glomska.accounting.internal;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Component;
import se.glomska.accounting.internal.domain.InvoiceSummary;
import se.glomska.accounting.internal.domain.Invoices;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.Blocker;
import se.glomska.customer.spi.PersonalDataTable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static se.glomska.customer.spi.PersonalDataTable.Kind.BOOKKEEPING;
import static se.glomska.customer.spi.PersonalDataTable.Kind.TRANSACTION;

/**
 * Accounting's part in erasing a customer, to be read next to erasure-rules.md section 4 ("Accounting"):
 * <ul>
 *   <li>invoice: "never changed, never deleted (Bokföringslagen ranks above GDPR: the invoice keeps the
 *       customer's details as issued)" — every column BOOKKEEPING or KEY, lines likewise;</li>
 *   <li>payment: "never changed, never deleted (bookkeeping record)";</li>
 *   <li>receipt: "the receipt itself is never changed, never deleted; the customer information linked to
 *       it (customer link, name, e-mail it was sent to) is removed" — the receipt and its lines hold no
 *       customer data; the link table's customer id, name and e-mail are cleared (the emptied row marks
 *       the receipt as restricted, ADR 0005);</li>
 *   <li>payment reminder: "the customer information on it (recipientName, recipientAddress,
 *       recipientEmail) is removed" — cleared.</li>
 * </ul>
 * Section 3: "an invoice is not fully paid" blocks the anonymization.
 * <p>
 * This class only declares: it writes nothing (the architecture tests hold it to that). The customer
 * module derives the statements from the declaration; BOOKKEEPING tables are never written.
 */
@Component
class AccountingParticipant implements AnonymizationParticipant {

    static final String MODULE = "accounting";

    /** The receipts linked to the customer: a receipt holds no customer column of its own. */
    private static final String LINKED_RECEIPT =
            "IN (SELECT l.receipt_id FROM accounting_receipt_customer l WHERE l.customer_id = :customerId)";

    private final Invoices invoices;

    AccountingParticipant(Invoices invoices) {
        this.invoices = invoices;
    }

    @Override
    public List<String> recordTimes() {
        return List.of("SELECT customer_id, issued_at FROM accounting_invoice",
                "SELECT customer_id, recorded_at FROM accounting_payment",
                "SELECT customer_id, sent_at FROM accounting_payment_reminder",
                "SELECT l.customer_id, r.issued_at FROM accounting_receipt_customer l"
                        + " JOIN accounting_receipt r ON r.id = l.receipt_id");
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<PersonalDataTable> tables() {
        return List.of(
                // invoice: never changed, never deleted; keeps the customer's details as issued
                PersonalDataTable.of("accounting_invoice", "invoice", BOOKKEEPING, "customer_id = :customerId")
                        .keys("id", "customer_id", "order_id", "dropship_order_id")
                        .bookkeeping("invoice_number", "bill_to_name", "bill_to_address", "bill_to_postal_code",
                                "bill_to_city", "bill_to_country", "bill_to_organization_number",
                                "bill_to_vat_number", "bill_to_email", "due_date", "issued_at", "total"),
                PersonalDataTable.of("accounting_invoice_line", "invoiceLine", BOOKKEEPING, "customer_id = :customerId")
                        .linesOf("invoice")
                        .keys("id", "invoice_id", "customer_id")
                        .bookkeeping("line_no", "description", "quantity", "unit_price"),
                // payment: never changed, never deleted
                PersonalDataTable.of("accounting_payment", "payment", BOOKKEEPING, "customer_id = :customerId")
                        .keys("id", "invoice_id", "customer_id")
                        .bookkeeping("amount", "paid_at", "recorded_at"),
                // payment reminder: recipientName, recipientAddress, recipientEmail removed
                PersonalDataTable.of("accounting_payment_reminder", "paymentReminder", TRANSACTION,
                                "customer_id = :customerId")
                        .keys("id", "invoice_id", "customer_id")
                        .clear("recipient_name", "recipient_address", "recipient_email")
                        .notPersonal("the reminder fee and when it was sent", "fee", "sent_at"),
                // receipt: the receipt itself never changed, never deleted (it holds no customer data)
                PersonalDataTable.of("accounting_receipt", "receipt", BOOKKEEPING, "id " + LINKED_RECEIPT)
                        .keys("id")
                        .bookkeeping("paid_at", "payment_method", "total", "issued_at"),
                PersonalDataTable.of("accounting_receipt_line", "receiptLine", BOOKKEEPING, "receipt_id " + LINKED_RECEIPT)
                        .linesOf("receipt")
                        .keys("id", "receipt_id")
                        .bookkeeping("line_no", "description", "quantity", "unit_price"),
                // receipt: the customer information linked to it (customer link, name, e-mail) is removed;
                // the emptied row stays, so that the receipt is known to be restricted (ADR 0005)
                PersonalDataTable.of("accounting_receipt_customer", "receiptCustomerLink", TRANSACTION,
                                "customer_id = :customerId")
                        .keys("id", "receipt_id")
                        .clear("customer_id", "customer_name", "customer_email"),
                PersonalDataTable.notCustomerData("accounting_invoice_number_series", "invoiceNumberSeries")
                        .keys("id")
                        .notPersonal("the next number of the invoice series", "next_number"));
    }

    /** Section 3: "an invoice is not fully paid". */
    @Override
    public List<Blocker> blockers(CustomerId customerId) {
        return blockers(List.of(customerId)).getOrDefault(customerId, List.of());
    }

    @Override
    public Map<CustomerId, List<Blocker>> blockers(Collection<CustomerId> customerIds) {
        Map<CustomerId, List<Blocker>> blockers = new HashMap<>();
        for (InvoiceSummary invoice : invoices.findUnpaid(customerIds.stream().map(CustomerId::value).toList())) {
            blockers.computeIfAbsent(CustomerId.of(invoice.customerId()), c -> new ArrayList<>()).add(notPaid(invoice));
        }
        return blockers;
    }

    private static Blocker notPaid(InvoiceSummary invoice) {
        return new Blocker(MODULE, "INVOICE_NOT_PAID",
                "Invoice " + invoice.invoiceNumber() + " (id " + invoice.id() + ") is not fully paid: "
                        + invoice.balance().balance().toPlainString() + " remains.",
                "invoice", invoice.id());
    }
}
