package se.glomska.customer.internal.domain;

import se.glomska.customer.ErasureAction;
import se.glomska.customer.ErasureLogEntry;

import java.time.Instant;
import java.util.List;

/** The append-only erasure log. */
public interface ErasureLog {

    void append(ErasureLogEntry entry);

    /** Whether the log holds the erasure of {@code customerId} by {@code action} at {@code performedAt}. */
    boolean contains(long customerId, ErasureAction action, Instant performedAt);

    /** Several entries in one statement (a retention batch). */
    void appendAll(List<ErasureLogEntry> entries);

    /** The newest entries first. */
    List<ErasureLogEntry> newestFirst(int limit);
}
