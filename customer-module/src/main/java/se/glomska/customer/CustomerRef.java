package se.glomska.customer;

/**
 * How a list row names a customer: a display name and the link to its card. An anonymized customer
 * is {@code Xxxx} without a link, so the row cannot be traced back to it.
 */
public record CustomerRef(String displayName, String href) {

    public static final String PLACEHOLDER = "Xxxx";

    public static CustomerRef anonymized() {
        return new CustomerRef(PLACEHOLDER, null);
    }

    public static CustomerRef of(long customerId, String displayName) {
        return new CustomerRef(displayName, "/api/customers/" + customerId);
    }
}
