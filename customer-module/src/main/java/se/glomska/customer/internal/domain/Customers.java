package se.glomska.customer.internal.domain;

import java.util.List;
import java.util.Optional;

/** The customer register's store of customers. */
public interface Customers {

    /** The customers among {@code ids} that exist, by id. */
    List<Customer> findAll(java.util.Collection<Long> ids);

    /**
     * As {@link #findAll}, each row locked until the transaction ends, in id order (so two batches never deadlock),
     * as {@link #lock} locks one: by writing every row of the batch first, in one statement (a new
     * {@code write_token}, checked again before the commit), so that on a Galera cluster a new record of one of
     * the batch's customers on another node conflicts with the batch at commit.
     */
    List<Customer> lockAll(java.util.Collection<Long> ids);

    /** Which of {@code ids} are not anonymized and have no activity since {@code before}. */
    java.util.Set<Long> inactiveAmong(java.util.Collection<Long> ids, java.time.Instant before);

    /**
     * Stores a new customer with the next customer number and answers its id; its registration is its first
     * activity ({@code at}, retention).
     */
    long register(CustomerDetails details, java.time.Instant at);

    Optional<Customer> find(long id);

    /**
     * Finds the customer and locks its row until the transaction ends, by writing it before reading it (a new
     * {@code write_token}, checked again before the commit: CommitGuard). On a Galera cluster a lock taken by a
     * read is not seen by the other nodes; a write conflicts with every other writer of the row, on any node.
     */
    Optional<Customer> lock(long id);

    /**
     * As {@link #lock}, without waiting: empty when another transaction holds the row (or there is no such
     * customer). For work that may as well be left for later, such as bringing the index of marks up to date.
     */
    Optional<Customer> lockNowait(long id);

    void update(long id, CustomerDetails details);
}
