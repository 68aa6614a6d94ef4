package se.glomska.customer.internal.domain;

import java.time.Instant;
import java.util.Objects;

/** One read of a restricted bookkeeping record: who, when, which record. It holds no value of the record. */
public record RestrictedRead(String actor, Instant at, String recordType, long recordId) {

    public RestrictedRead {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordType, "recordType");
    }
}
