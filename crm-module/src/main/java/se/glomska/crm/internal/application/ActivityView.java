package se.glomska.crm.internal.application;

import se.glomska.crm.internal.domain.Activity;
import se.glomska.customer.CustomerRef;

import java.util.Optional;

/**
 * An activity with how its customer is named; {@code customer} is null when the activity concerns
 * no customer, and {@code Xxxx} without a link when the customer is anonymized.
 */
public record ActivityView(Activity activity, CustomerRef customer) {

    /** The customer id to show: none when there is no customer or it can no longer be linked to. */
    public Optional<Long> shownCustomerId() {
        return activity.shownCustomerId(customer != null && customer.href() == null);
    }
}
