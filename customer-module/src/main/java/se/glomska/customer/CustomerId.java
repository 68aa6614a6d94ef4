package se.glomska.customer;

import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a customer, typed so that it is not mixed up with the id of a record about it. */
public record CustomerId(@JsonValue long value) {

    public static CustomerId of(long value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
