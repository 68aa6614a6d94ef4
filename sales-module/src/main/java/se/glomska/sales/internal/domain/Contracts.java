package se.glomska.sales.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored contracts. */
public interface Contracts {

    long add(NewContract contract);

    Optional<Contract> find(long id);

    default List<Contract> ofCustomer(long customerId) {
        return ofCustomers(List.of(customerId));
    }

    /** The contracts of several customers (a retention batch), by id. */
    List<Contract> ofCustomers(java.util.Collection<Long> customerIds);

    /** Contracts whose last day was between {@code from} and {@code to}, both included (ids and customers only). */
    List<Contract.Ended> endedBetween(LocalDate from, LocalDate to);
}
