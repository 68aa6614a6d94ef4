package se.glomska.customer.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.customer.CustomerAnonymizedException;
import se.glomska.customer.UnknownCustomerException;
import se.glomska.customer.internal.domain.Customer;
import se.glomska.customer.internal.domain.CustomerDetails;
import se.glomska.customer.internal.domain.CustomerQuery;
import se.glomska.customer.CustomerSummary;
import se.glomska.customer.internal.domain.CustomerSearch;
import se.glomska.customer.internal.domain.Customers;
import se.glomska.customer.Page;

/** Registers, edits, shows and finds customers and prospects. */
@Service
@RetriedOnWriteConflict
public class CustomerRegister {

    private final Customers customers;
    private final CustomerSearch search;
    private final java.time.Clock clock;

    CustomerRegister(Customers customers, CustomerSearch search, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.search = search;
    }

    @Transactional
    public Customer register(CustomerDetails details) {
        requireName(details);
        return card(customers.register(details, clock.instant()));
    }

    /** Changes the card; an anonymized customer cannot be edited (409). */
    @Transactional
    public Customer edit(long id, CustomerDetails details) {
        Customer current = customers.lock(id).orElseThrow(() -> new UnknownCustomerException(id));
        if (current.anonymized()) {
            throw new CustomerAnonymizedException(id);
        }
        requireName(details);
        customers.update(id, details);
        return card(id);
    }

    @Transactional(readOnly = true)
    public Customer card(long id) {
        return customers.find(id).orElseThrow(() -> new UnknownCustomerException(id));
    }

    /** The ordinary search: never answers anonymized customers. */
    @Transactional(readOnly = true)
    public Page<CustomerSummary> search(String text, Page.Request page) {
        return search.search(text, page);
    }

    /** The advanced search: anonymized customers only with show = INCLUDING_ANONYMIZED. */
    @Transactional(readOnly = true)
    public Page<CustomerSummary> search(CustomerQuery query, Page.Request page) {
        return search.search(query, page);
    }

    private static void requireName(CustomerDetails details) {
        details.missingName().ifPresent(field -> {
            throw new InvalidInputException(field, "a " + details.kind().name().toLowerCase()
                    + " needs a name");
        });
    }
}
