package se.glomska.crm.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.crm.internal.domain.Activities;
import se.glomska.crm.internal.domain.Activity;
import se.glomska.customer.Page;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.CustomerRef;
import se.glomska.customer.ShownCustomer;

import java.util.Map;
import java.util.Objects;

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
    public Page<ActivityView> list(Long customerId, Page.Request request) {
        Page<Activity> found = activities.list(customers.listFilter(customerId), request);
        Map<Long, CustomerRef> refs = customers.refs(
                found.items().stream().map(Activity::customerId).filter(Objects::nonNull).toList());
        return found.map(a -> new ActivityView(a, ShownCustomer.of(a.customerId(), refs.get(a.customerId()))));
    }
}
