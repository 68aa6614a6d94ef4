package se.glomska.crm.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.crm.internal.domain.Activities;
import se.glomska.crm.internal.domain.NewActivity;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;

/** Records an activity or event, for a customer or for none. */
@Service
@RetriedOnWriteConflict
public class RecordActivity {

    private final Activities activities;
    private final CustomerDirectory customers;
    private final java.time.Clock clock;

    RecordActivity(Activities activities, CustomerDirectory customers, java.time.Clock clock) {
        this.clock = clock;
        this.activities = activities;
        this.customers = customers;
    }

    /**
     * @return the new activity's id
     * @throws se.glomska.customer.UnknownCustomerException     for an unknown customer (404)
     * @throws se.glomska.customer.CustomerAnonymizedException for an anonymized customer (409)
     */
    @Transactional
    public long record(NewActivity activity) {
        if (activity.forCustomer()) {
            customers.lockForNewRecord(CustomerId.of(activity.customerId()), clock.instant());
        }
        return activities.add(activity);
    }
}
