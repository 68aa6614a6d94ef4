package se.glomska.accounting.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An issued receipt, as issued: a bookkeeping record holding no customer data, never changed. */
public record Receipt(long id, Instant paidAt, String paymentMethod, List<Line> lines, BigDecimal total,
                      Instant issuedAt) {

    public Receipt {
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
    }
}
