package se.glomska.crm;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.crm.internal.application.ViewActivities;
import se.glomska.customer.Page;
import se.glomska.customer.CustomerRef;


/**
 * The activity list as the web pages show it, the latest first. A row names its customer only by a
 * {@link CustomerRef}: {@code Xxxx} without a link once the customer is anonymized.
 */
@Service
@Transactional(readOnly = true)
public class ActivityLists {

    private final ViewActivities view;

    ActivityLists(ViewActivities view) {
        this.view = view;
    }

    /** The customer's activities, or without {@code customerId} those of all. */
    public Page<ActivityLine> activities(Long customerId, int page, int size) {
        return view.list(customerId, new Page.Request(page, size));
    }
}
