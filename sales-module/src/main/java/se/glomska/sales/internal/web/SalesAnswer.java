package se.glomska.sales.internal.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import se.glomska.sales.internal.application.ShownRecord;

/**
 * A single sales record as answered: its own fields, with {@code customerId} as the customer register
 * shows it ({@code null} once the customer is anonymized) in place of the stored one.
 */
record SalesAnswer<T>(@JsonUnwrapped @JsonIgnoreProperties("customerId") T record,
                      @JsonInclude(JsonInclude.Include.ALWAYS) Long customerId) {

    static <T> SalesAnswer<T> of(ShownRecord<T> shown) {
        return new SalesAnswer<>(shown.record(), shown.customer().customerId());
    }
}
