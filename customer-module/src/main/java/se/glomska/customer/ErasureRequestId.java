package se.glomska.customer;

import com.fasterxml.jackson.annotation.JsonValue;

/** The id of an erasure request: a number of its own, never mixed up with a customer's id. */
public record ErasureRequestId(@JsonValue long value) {

    public static ErasureRequestId of(long value) {
        return new ErasureRequestId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
