package se.glomska.accounting.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A receipt ready to be appended to the ledger: the draft with its issue time and total. */
public record IssuedReceipt(Instant issuedAt, ReceiptDraft draft, BigDecimal total) {

    public IssuedReceipt {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(total, "total");
    }

    public static IssuedReceipt of(Instant issuedAt, ReceiptDraft draft) {
        return new IssuedReceipt(issuedAt, draft, Amounts.total(draft.lines()));
    }
}
