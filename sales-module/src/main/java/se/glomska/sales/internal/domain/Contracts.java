package se.glomska.sales.internal.domain;

import java.util.List;
import java.util.Optional;

/** The stored contracts. */
public interface Contracts {

    long add(NewContract contract);

    Optional<Contract> find(long id);

    List<Contract> ofCustomer(long customerId);
}
