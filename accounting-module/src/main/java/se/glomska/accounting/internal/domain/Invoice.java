package se.glomska.accounting.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An issued invoice, exactly as issued: it is never changed (Bokföringslagen). What has been paid
 * is not part of it; see {@link InvoiceBalance}.
 */
public record Invoice(long id, long invoiceNumber, long customerId, Long orderId, Long dropshipOrderId,
                      BillTo billTo, LocalDate dueDate, Instant issuedAt, List<Line> lines, BigDecimal total) {

    public Invoice {
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
    }
}
