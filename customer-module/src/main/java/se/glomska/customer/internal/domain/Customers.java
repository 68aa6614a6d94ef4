package se.glomska.customer.internal.domain;

import java.util.Optional;

/** The customer register's store of customers. */
public interface Customers {

    /** Stores a new customer with the next customer number and answers its id. */
    long register(CustomerDetails details);

    Optional<Customer> find(long id);

    /** Finds the customer and locks its row until the transaction ends. */
    Optional<Customer> lock(long id);

    void update(long id, CustomerDetails details);
}
