package se.glomska.crm.internal.application;

import se.glomska.crm.internal.domain.Activity;
import se.glomska.customer.CustomerRef;
import se.glomska.customer.ShownCustomer;

/**
 * An activity with how its customer is shown: none when the activity concerns no customer, and no id
 * and {@code Xxxx} without a link when the customer is anonymized.
 */
public record ActivityView(Activity activity, ShownCustomer shown) {

    /** How the customer is named, or null without a customer. */
    public CustomerRef customer() {
        return shown.customer();
    }
}
