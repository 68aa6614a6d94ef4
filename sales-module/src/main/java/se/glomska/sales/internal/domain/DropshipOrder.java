package se.glomska.sales.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A dropship order; {@code delivered} follows the inbound deliveries of its purchases (see {@link DropshipState}). */
public record DropshipOrder(
        long id,
        long customerId,
        String orderReference,
        String phone,
        String mobile,
        String customerName,
        DropshipAddress invoiceAddress,
        DropshipAddress deliveryAddress,
        String internalComment,
        List<Line> lines,
        BigDecimal total,
        boolean delivered,
        boolean invoiced,
        Long invoiceId,
        Instant createdAt) {
}
