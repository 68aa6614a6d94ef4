package se.glomska.sales.internal.application;

import se.glomska.sales.internal.domain.Contract;

import java.time.Instant;
import java.time.LocalDate;

/** A contract as shown, with whether it is ongoing today. */
public record ContractView(long id, long customerId, String customerReference, String recipient, String email,
                           String description, LocalDate startDate, LocalDate endDate, boolean ongoing, Instant createdAt) {

    static ContractView of(Contract c, LocalDate today) {
        return new ContractView(c.id(), c.customerId(), c.customerReference(), c.recipient(), c.email(), c.description(),
                c.startDate(), c.endDate(), c.isOngoingOn(today), c.createdAt());
    }
}
