package se.glomska.customer;

import java.time.Instant;
import java.util.List;

/**
 * One line of the erasure log (GDPR art. 5(2)): who erased which customer id, when, how, and how many
 * records of each kind changed, and the erasure request it answered, if any. Holds no personal data.
 */
public record ErasureLogEntry(Long id, long customerId, ErasureAction action, String actor, Instant performedAt,
                              List<ErasureChange> changes, ErasureRequestId requestId) {

    /** An entry that answers no erasure request (a retention run, a replay of the journal). */
    public ErasureLogEntry(Long id, long customerId, ErasureAction action, String actor, Instant performedAt,
                           List<ErasureChange> changes) {
        this(id, customerId, action, actor, performedAt, changes, null);
    }
}
