package se.glomska.sales.internal.domain;

import java.time.Instant;

/** A purchase from a supplier linked to a dropship order; {@code received} once it has its inbound delivery. */
public record Purchase(
        long id,
        long dropshipOrderId,
        long customerId,
        String supplierName,
        String orderReference,
        String phone,
        String mobile,
        String publishedComment,
        String customerName,
        DropshipAddress deliveryAddress,
        String terms,
        String internalComment,
        boolean received,
        Instant createdAt) {
}
