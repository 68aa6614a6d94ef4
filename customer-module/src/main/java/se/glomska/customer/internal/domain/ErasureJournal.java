package se.glomska.customer.internal.domain;

import java.util.List;

/**
 * The erasure journal: every erasure appended, outside the database, so that a restore of the database does not
 * roll it back (docs/residual-copies.md). Append-only; appending an erasure it already holds changes nothing.
 */
public interface ErasureJournal {

    /** Appends the erasure durably (on disk when this returns), unless the journal already holds it. */
    void append(JournalEntry entry);

    /** Appends the erasures of a batch durably, together (one write to disk), leaving out those it holds. */
    void appendAll(List<JournalEntry> entries);

    /** Every erasure in the journal, in the order appended. */
    List<JournalEntry> entries();
}
