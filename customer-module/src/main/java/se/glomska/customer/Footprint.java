package se.glomska.customer;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * How many records of one type a module holds for the customer, and what the offered action does with
 * them. The effect is shown on the page; the HTTP answer lists module, record type and count only.
 */
public record Footprint(String module, String recordType, long count, @JsonIgnore Effect effect) {

    /** What the offered action does with the records of one type. */
    public enum Effect {
        /** Personal data replaced by Xxxx or cleared. */
        ANONYMIZED,
        /** The records are removed. */
        DELETED,
        /** Kept as they are: bookkeeping (Bokföringslagen) or kept for manual review (section 5). */
        KEPT
    }

    /** The same records as a deletion treats them: removed. */
    Footprint deleted() {
        return new Footprint(module, recordType, count, Effect.DELETED);
    }
}
