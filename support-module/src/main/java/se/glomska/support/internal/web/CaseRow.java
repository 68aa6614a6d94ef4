package se.glomska.support.internal.web;

import se.glomska.customer.CustomerRef;
import se.glomska.support.internal.application.CaseView;
import se.glomska.support.internal.domain.SupportCase;

import java.time.Instant;

/** A list row: the customer only as a {@link CustomerRef}, never its id. */
record CaseRow(long id, CustomerRef customer, String name, String subject, Instant createdAt) {

    static CaseRow of(CaseView view) {
        SupportCase c = view.supportCase();
        return new CaseRow(c.id(), view.customer(), c.name(), c.subject(), c.createdAt());
    }
}
