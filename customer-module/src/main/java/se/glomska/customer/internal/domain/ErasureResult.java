package se.glomska.customer.internal.domain;

import java.time.Instant;
import java.util.List;

/** What an erasure did. */
public record ErasureResult(long customerId, ErasureAction action, Instant performedAt, List<Change> changes) {
}
