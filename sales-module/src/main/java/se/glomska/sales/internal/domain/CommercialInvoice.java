package se.glomska.sales.internal.domain;

import java.time.Instant;

/** The commercial invoice (customs document) of a delivery; at most one per delivery. */
public record CommercialInvoice(
        long id,
        long deliveryId,
        long customerId,
        String customer,
        String name,
        String address,
        String postalCode,
        String city,
        String country,
        String recipientOrganizationNumber,
        String recipientVatNumber,
        String recipientName,
        String recipientEmail,
        String recipientPhone,
        Instant createdAt) {
}
