package se.glomska.customer;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A field to check with its current value (shown on demand) and where it stands. */
public record ReviewEntry(String module, String recordType, long recordId, String field, String label,
                          boolean mentionsCustomer, ReviewState state, String value) {

    /** Whether the entry is a bookkeeping record, kept whole ({@code field} {@code "*"}). */
    @JsonIgnore
    public boolean bookkeeping() {
        return "*".equals(field);
    }
}
