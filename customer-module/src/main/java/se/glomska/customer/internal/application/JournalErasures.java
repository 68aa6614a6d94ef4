package se.glomska.customer.internal.application;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import se.glomska.customer.CustomerErased;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.internal.domain.ErasureJournal;
import se.glomska.customer.internal.domain.JournalEntry;

/**
 * Appends every erasure to the erasure journal, after its transaction committed. The event publication registry
 * keeps the event until this has run, and hands it over again after a crash (on restart), so every committed
 * erasure reaches the journal; the journal leaves out an erasure it already holds, so a redelivery changes nothing.
 */
@Service
public class JournalErasures {

    private final ErasureJournal journal;

    JournalErasures(ErasureJournal journal) {
        this.journal = journal;
    }

    @ApplicationModuleListener
    public void on(CustomerErased event) {
        journal.append(entry(event));
    }

    /** A retention batch's erasures, written to disk together. */
    @ApplicationModuleListener
    public void on(se.glomska.customer.CustomersErased event) {
        journal.appendAll(event.erasures().stream().map(JournalErasures::entry).toList());
    }

    private static JournalEntry entry(CustomerErased event) {
        return new JournalEntry(event.customerId(), ErasureAction.valueOf(event.action()), event.erasedAt(),
                event.actor());
    }
}
