package se.glomska.support.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.support.internal.domain.NewCase;
import se.glomska.support.internal.domain.SupportCases;

import java.time.Instant;

/** Opens a support case for a customer. */
@Service
@RetriedOnWriteConflict
public class OpenCase {

    private final SupportCases cases;
    private final CustomerDirectory customers;
    private final java.time.Clock clock;

    OpenCase(SupportCases cases, CustomerDirectory customers, java.time.Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.customers = customers;
    }

    /**
     * @return the new case's id
     * @throws se.glomska.customer.UnknownCustomerException     for an unknown customer (404)
     * @throws se.glomska.customer.CustomerAnonymizedException for an anonymized customer (409)
     */
    @Transactional
    public long open(NewCase supportCase) {
        Instant openedAt = clock.instant();
        customers.lockForNewRecord(CustomerId.of(supportCase.customerId()), openedAt);
        return cases.open(supportCase, openedAt);
    }
}
