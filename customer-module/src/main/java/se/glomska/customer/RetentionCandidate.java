package se.glomska.customer;

import se.glomska.customer.spi.Blocker;

import java.time.Instant;
import java.util.List;

/**
 * A customer with no record since the retention horizon, and what a run would do with it now: {@code DELETE}
 * or {@code ANONYMIZE}, or nothing because of {@code blockers} ({@code action} is then the action refused).
 * The one read model of a candidate, for the API and the page.
 */
public record RetentionCandidate(long customerId, CustomerRef customer, Instant lastActivityAt, String action,
                                 boolean allowed, List<Blocker> blockers) {

    public RetentionCandidate {
        blockers = List.copyOf(blockers);
    }
}
