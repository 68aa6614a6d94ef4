package se.glomska.accounting.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An invoice ready to be appended to the ledger: the draft with its number, issue time and total.
 */
public record IssuedInvoice(long invoiceNumber, Instant issuedAt, InvoiceDraft draft, BigDecimal total) {

    public IssuedInvoice {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(total, "total");
    }

    /** Numbers and totals an invoice from the draft. */
    public static IssuedInvoice of(long invoiceNumber, Instant issuedAt, InvoiceDraft draft) {
        return new IssuedInvoice(invoiceNumber, issuedAt, draft, Amounts.total(draft.lines()));
    }
}
