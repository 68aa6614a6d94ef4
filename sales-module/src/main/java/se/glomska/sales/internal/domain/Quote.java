package se.glomska.sales.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A quote (offert) to a customer. */
public record Quote(
        long id,
        long customerId,
        String customerReference,
        DocumentAddress invoiceAddress,
        DocumentAddress deliveryAddress,
        String publishedComment,
        String terms,
        String internalComment,
        List<Line> lines,
        BigDecimal total,
        Instant createdAt) {
}
