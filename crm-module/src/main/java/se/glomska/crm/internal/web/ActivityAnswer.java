package se.glomska.crm.internal.web;

import se.glomska.crm.internal.application.ActivityView;
import se.glomska.crm.internal.domain.Activity;
import se.glomska.crm.internal.domain.ActivityKind;
import se.glomska.crm.internal.domain.ActivityStatus;
import se.glomska.customer.CustomerRef;

import java.time.Instant;

/**
 * One activity as answered by GET and POST: the body's fields plus {@code id}, {@code status} and
 * {@code customer}. {@code customerId} is null once the customer is anonymized (the link shows as Xxxx).
 */
record ActivityAnswer(
        long id,
        Long customerId,
        CustomerRef customer,
        ActivityKind kind,
        ActivityStatus status,
        String subject,
        String notes,
        String contactPerson,
        String contactEmail,
        String contactPhone,
        Instant occursAt,
        String owner) {

    static ActivityAnswer of(ActivityView view) {
        Activity a = view.activity();
        return new ActivityAnswer(a.id(), view.shown().customerId(), view.customer(), a.kind(), a.status(),
                a.subject(), a.notes(), a.contactPerson(), a.contactEmail(), a.contactPhone(), a.occursAt(), a.owner());
    }
}
