package se.glomska.customer.internal.domain;

import se.glomska.customer.CustomerSummary;
import se.glomska.customer.Page;

/** The customer register's searches: one page of matches, counted up to {@link Page#TOTAL_LIMIT}. */
public interface CustomerSearch {

    /** Ordinary search over name, customer number, organization number, e-mail, phone and city. */
    Page<CustomerSummary> search(String text, Page.Request page);

    /** Advanced search by the query's criteria. */
    Page<CustomerSummary> search(CustomerQuery query, Page.Request page);
}
