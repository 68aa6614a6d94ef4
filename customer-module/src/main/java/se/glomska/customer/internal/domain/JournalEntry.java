package se.glomska.customer.internal.domain;

import se.glomska.customer.ErasureAction;

import java.time.Instant;

/**
 * One erasure as the erasure journal keeps it outside the database: the customer id, the action, when and who.
 * Ids only, never personal data. Two entries with the same customer, action and time are the same erasure.
 */
public record JournalEntry(long customerId, ErasureAction action, Instant erasedAt, String actor) {
}
