package se.glomska.customer.internal.domain;

import se.glomska.customer.ErasureLogEntry;

import java.util.List;

/** The append-only erasure log. */
public interface ErasureLog {

    void append(ErasureLogEntry entry);

    /** Several entries in one statement (a retention batch). */
    void appendAll(List<ErasureLogEntry> entries);

    /** The newest entries first. */
    List<ErasureLogEntry> newestFirst(int limit);
}
