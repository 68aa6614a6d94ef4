package se.glomska.customer.internal.domain;

import java.time.Instant;

/** A document on the customer's Documents tab. */
public record CustomerDocument(long id, String fileName, String description, byte[] content, Instant createdAt) {
}
