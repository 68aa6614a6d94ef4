package se.glomska.crm.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.crm.ActivityLine;
import se.glomska.crm.internal.domain.Activities;
import se.glomska.crm.internal.domain.Activity;
import se.glomska.customer.Page;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.CustomerDirectory.Unnamed;

/** Shows activities with their customers named the way the customer register says. */
@Service
@Transactional(readOnly = true)
public class ViewActivities {

    private final Activities activities;
    private final CustomerDirectory customers;

    ViewActivities(Activities activities, CustomerDirectory customers) {
        this.activities = activities;
        this.customers = customers;
    }

    /** @throws UnknownActivityException for an unknown id (404) */
    public ActivityView one(long id) {
        Activity activity = activities.find(id).orElseThrow(() -> new UnknownActivityException(id));
        return new ActivityView(activity, customers.shown(activity.customerId()));
    }

    /**
     * The customer's activities, or without a customer those of all; the latest first.
     *
     * @throws se.glomska.customer.UnknownCustomerException when the customer is unknown or anonymized (404)
     */
    public Page<ActivityLine> list(Long customerId, Page.Request request) {
        return customers.named(activities.list(customers.listFilter(customerId), request)
                .map(a -> new Unnamed<>(a.customerId(), ref -> new ActivityLine(a.id(), ref, a.kind(), a.status(),
                        a.subject(), a.contactPerson(), a.occursAt(), a.owner()))));
    }
}
