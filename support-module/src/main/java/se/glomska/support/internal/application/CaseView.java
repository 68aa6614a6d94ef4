package se.glomska.support.internal.application;

import se.glomska.customer.CustomerRef;
import se.glomska.customer.ShownCustomer;
import se.glomska.support.internal.domain.SupportCase;

/**
 * A support case with how its customer is shown: no id and {@code Xxxx} without a link once the customer is
 * anonymized.
 */
public record CaseView(SupportCase supportCase, ShownCustomer shown) {

    /** How the customer is named. */
    public CustomerRef customer() {
        return shown.customer();
    }
}
