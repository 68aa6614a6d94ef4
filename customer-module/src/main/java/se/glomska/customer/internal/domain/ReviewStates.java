package se.glomska.customer.internal.domain;

import se.glomska.customer.ReviewAction;
import se.glomska.customer.ReviewState;

import java.time.Instant;
import java.util.List;

/**
 * The manual check's memory (erasure-rules.md section 9): the state of each kept field a person acted on,
 * the fields marked as mentioning the customer at the erasure, and the log of every action. References
 * only (module, record type, record id, field): never a value, never an identifier of the customer.
 */
public interface ReviewStates {

    /** A stored state of one field. */
    record Stored(String module, String recordType, long recordId, String field, boolean mentionsCustomer,
                  ReviewState state) {
        public String reference() {
            return module + "/" + recordType + "/" + recordId + "/" + field;
        }
    }

    /** One manual action, for the erasure log: who, when, which record and field, what; never the value. */
    record Logged(Long id, long customerId, String actor, Instant performedAt, String module, String recordType,
                  long recordId, String field, ReviewAction action) {
    }

    /** Every stored state of the customer's fields. */
    List<Stored> of(long customerId);

    /** Sets a field's state (the mark stays once set). */
    void put(long customerId, String module, String recordType, long recordId, String field, boolean mentions,
             ReviewState state, Instant at);

    /** Appends one action to the log. */
    void log(Logged action);

    /**
     * Logs, set-based, every field that the anonymization at {@code at} redacted (stored with that time);
     * answers how many.
     */
    long logRedactedAt(long customerId, String actor, Instant at);

    /** The newest manual actions first. */
    List<Logged> newestFirst(int limit);
}
