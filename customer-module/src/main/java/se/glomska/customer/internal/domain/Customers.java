package se.glomska.customer.internal.domain;

import java.util.List;
import java.util.Optional;

/** The customer register's store of customers. */
public interface Customers {

    /** The customers among {@code ids} that exist, by id. */
    List<Customer> findAll(java.util.Collection<Long> ids);

    /** As {@link #findAll}, each row locked for update, in id order (so two batches never deadlock). */
    List<Customer> lockAll(java.util.Collection<Long> ids);

    /** Which of {@code ids} are not anonymized and have no activity since {@code before}. */
    java.util.Set<Long> inactiveAmong(java.util.Collection<Long> ids, java.time.Instant before);

    /**
     * Stores a new customer with the next customer number and answers its id; its registration is its first
     * activity ({@code at}, retention).
     */
    long register(CustomerDetails details, java.time.Instant at);

    Optional<Customer> find(long id);

    /** Finds the customer and locks its row until the transaction ends. */
    Optional<Customer> lock(long id);

    void update(long id, CustomerDetails details);
}
