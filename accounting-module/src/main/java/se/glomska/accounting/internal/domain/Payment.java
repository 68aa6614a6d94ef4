package se.glomska.accounting.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A recorded payment of an invoice: a bookkeeping record, never changed. */
public record Payment(long id, long invoiceId, BigDecimal amount, LocalDate paidAt, Instant recordedAt) {

    public Payment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paidAt");
    }
}
