package se.glomska.customer;

import java.time.Instant;
import java.util.List;

/** What an erasure did; {@code redactedFields}: kept fields in which the customer's identifiers became Xxxx. */
public record ErasureResult(long customerId, ErasureAction action, Instant performedAt, List<ErasureChange> changes,
                            long redactedFields) {

    public ErasureResult(long customerId, ErasureAction action, Instant performedAt, List<ErasureChange> changes) {
        this(customerId, action, performedAt, changes, 0);
    }
}
