package se.glomska.support;

import se.glomska.customer.CustomerRef;

import java.time.Instant;

/**
 * A support case in a list, as the API answers it and the pages show it: the customer only as a
 * {@link CustomerRef} ({@code Xxxx} without a link once the customer is anonymized), never its id.
 */
public record CaseLine(long id, CustomerRef customer, String name, String subject, Instant createdAt) {
}
