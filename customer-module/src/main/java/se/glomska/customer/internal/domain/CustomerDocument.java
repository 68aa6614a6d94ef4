package se.glomska.customer.internal.domain;

import java.time.Instant;

/**
 * A document on the customer's Documents tab, without its content (the list never reads the
 * documents' bytes: see {@link Content}, read one at a time).
 */
public record CustomerDocument(long id, String fileName, String description, long size, Instant createdAt) {

    /** One document's content, read on its own. */
    public record Content(String fileName, byte[] bytes) {
    }
}
