package se.glomska.customer.internal.domain;

import se.glomska.customer.CustomerSummary;
import se.glomska.customer.Page;

import java.util.Optional;

/** The customer register's store of customers. */
public interface Customers {

    /** Stores a new customer with the next customer number and answers its id. */
    long register(CustomerDetails details);

    Optional<Customer> find(long id);

    /** Finds the customer and locks its row until the transaction ends. */
    Optional<Customer> lock(long id);

    void update(long id, CustomerDetails details);

    /** Ordinary search over name, customer number, organization number, e-mail, phone and city. */
    Page<CustomerSummary> search(String text, Page.Request page);

    Page<CustomerSummary> search(CustomerQuery query, Page.Request page);
}
