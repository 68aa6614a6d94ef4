package se.glomska.sales.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A customer order. {@code status} is derived from {@code delivered} and {@code invoiced}. */
public record Order(
        long id,
        String orderNumber,
        long customerId,
        String customerReference,
        String customerOrderReference,
        String notificationMobile,
        DocumentAddress invoiceAddress,
        DocumentAddress deliveryAddress,
        String publishedComment,
        String terms,
        String internalComment,
        List<Line> lines,
        BigDecimal total,
        OrderStatus status,
        boolean delivered,
        boolean invoiced,
        Long invoiceId,
        Instant createdAt) {

    public Order {
        if (status != OrderStatus.of(delivered, invoiced)) {
            throw new IllegalArgumentException("status " + status + " does not match delivered/invoiced");
        }
    }
}
