package se.glomska.sales.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.sales.internal.domain.Contracts;
import se.glomska.sales.internal.domain.NewContract;

@Service
@RetriedOnWriteConflict
public class SignContract {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final Contracts contracts;

    SignContract(CustomerDirectory customers, Contracts contracts, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.contracts = contracts;
    }

    @Transactional
    public long sign(NewContract contract) {
        customers.lockForNewRecord(CustomerId.of(contract.customerId()), clock.instant());
        return contracts.add(contract);
    }
}
