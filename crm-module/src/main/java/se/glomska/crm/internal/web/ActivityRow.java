package se.glomska.crm.internal.web;

import se.glomska.crm.internal.application.ActivityView;
import se.glomska.crm.internal.domain.Activity;
import se.glomska.crm.internal.domain.ActivityKind;
import se.glomska.crm.internal.domain.ActivityStatus;
import se.glomska.customer.CustomerRef;

import java.time.Instant;

/** A list row: the customer only as a {@link CustomerRef} (null without a customer), never its id. */
record ActivityRow(
        long id,
        CustomerRef customer,
        ActivityKind kind,
        ActivityStatus status,
        String subject,
        String contactPerson,
        Instant occursAt,
        String owner) {

    static ActivityRow of(ActivityView view) {
        Activity a = view.activity();
        return new ActivityRow(a.id(), view.customer(), a.kind(), a.status(), a.subject(), a.contactPerson(),
                a.occursAt(), a.owner());
    }
}
