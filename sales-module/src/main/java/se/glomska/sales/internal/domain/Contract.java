package se.glomska.sales.internal.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A contract (avtal) with a customer. */
public record Contract(
        long id,
        long customerId,
        String customerReference,
        String recipient,
        String email,
        String description,
        LocalDate startDate,
        LocalDate endDate,
        Instant createdAt) {

    /** Ongoing while {@code today} is on or before the end date, or when there is no end date. */
    public boolean isOngoingOn(LocalDate today) {
        return isOngoing(endDate, today);
    }

    /** A contract that ended: its id and its customer. */
    public record Ended(long contractId, long customerId) {
    }

    public static boolean isOngoing(LocalDate endDate, LocalDate today) {
        return endDate == null || !today.isAfter(endDate);
    }
}
