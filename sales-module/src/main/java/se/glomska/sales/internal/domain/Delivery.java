package se.glomska.sales.internal.domain;

import java.time.Instant;

/** The delivery of an order (följesedel). */
public record Delivery(
        long id,
        long orderId,
        long customerId,
        String customerReference,
        String notificationMobile,
        DocumentAddress invoiceAddress,
        DocumentAddress deliveryAddress,
        String publishedComment,
        String internalComment,
        Instant deliveredAt) {
}
