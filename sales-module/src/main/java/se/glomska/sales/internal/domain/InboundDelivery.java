package se.glomska.sales.internal.domain;

import java.time.Instant;

/** The inbound delivery of a dropship purchase. */
public record InboundDelivery(
        long id,
        long purchaseId,
        long customerId,
        Instant receivedAt,
        String country,
        String terms,
        String internalComment) {
}
