package se.glomska.support.internal.application;

import se.glomska.customer.CustomerRef;
import se.glomska.support.internal.domain.SupportCase;

import java.util.Optional;

/** A support case with how its customer is named ({@code Xxxx} without a link once anonymized). */
public record CaseView(SupportCase supportCase, CustomerRef customer) {

    /** The customer id to show: none once the customer can no longer be linked to. */
    public Optional<Long> shownCustomerId() {
        return supportCase.shownCustomerId(customer.href() == null);
    }
}
