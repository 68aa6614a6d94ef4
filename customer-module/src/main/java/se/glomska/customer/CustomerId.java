package se.glomska.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A customer's id, typed so that it cannot be swapped with the id of an order, an invoice or any other
 * record in a method that takes both. In JSON and in text it is the plain number.
 */
public record CustomerId(long value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CustomerId of(long value) {
        return new CustomerId(value);
    }

    @JsonValue
    public long value() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
