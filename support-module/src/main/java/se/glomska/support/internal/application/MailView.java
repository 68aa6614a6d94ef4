package se.glomska.support.internal.application;

import se.glomska.customer.CustomerRef;
import se.glomska.support.internal.domain.SentMail;

import java.util.Optional;

/** A mail history entry with how its customer is named ({@code Xxxx} without a link once anonymized). */
public record MailView(SentMail mail, CustomerRef customer) {

    /** The customer id to show: none once the customer can no longer be linked to. */
    public Optional<Long> shownCustomerId() {
        return mail.shownCustomerId(customer.href() == null);
    }
}
