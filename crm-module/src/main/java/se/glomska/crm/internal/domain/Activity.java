package se.glomska.crm.internal.domain;

import java.time.Instant;

/** A recorded activity or event; {@code customerId} is null when it concerns no customer. */
public record Activity(
        long id,
        Long customerId,
        ActivityKind kind,
        ActivityStatus status,
        String subject,
        String notes,
        String contactPerson,
        String contactEmail,
        String contactPhone,
        Instant occursAt,
        String owner) {
}
