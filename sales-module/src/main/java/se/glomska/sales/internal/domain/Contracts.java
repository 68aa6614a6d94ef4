package se.glomska.sales.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored contracts. */
public interface Contracts {

    long add(NewContract contract);

    Optional<Contract> find(long id);

    List<Contract> ofCustomer(long customerId);

    /** Contracts whose last day was between {@code from} and {@code to}, both included (ids and customers only). */
    List<Contract.Ended> endedBetween(LocalDate from, LocalDate to);
}
