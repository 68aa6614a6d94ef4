package se.glomska.crm;

import se.glomska.crm.internal.domain.ActivityKind;
import se.glomska.crm.internal.domain.ActivityStatus;
import se.glomska.customer.CustomerRef;

import java.time.Instant;

/**
 * An activity or event in a list, as the API answers it and the pages show it: the customer only as a
 * {@link CustomerRef} ({@code null} when it concerns no customer, {@code Xxxx} without a link once the
 * customer is anonymized), never its id.
 */
public record ActivityLine(long id, CustomerRef customer, ActivityKind kind, ActivityStatus status, String subject,
                           String contactPerson, Instant occursAt, String owner) {
}
