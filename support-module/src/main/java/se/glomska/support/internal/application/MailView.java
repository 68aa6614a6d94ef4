package se.glomska.support.internal.application;

import se.glomska.customer.CustomerRef;
import se.glomska.customer.ShownCustomer;
import se.glomska.support.internal.domain.SentMail;

/**
 * A mail history entry with how its customer is shown: no id and {@code Xxxx} without a link once the customer is
 * anonymized.
 */
public record MailView(SentMail mail, ShownCustomer shown) {

    /** How the customer is named. */
    public CustomerRef customer() {
        return shown.customer();
    }
}
