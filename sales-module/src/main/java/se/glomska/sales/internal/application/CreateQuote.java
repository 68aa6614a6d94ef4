package se.glomska.sales.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.sales.internal.domain.Lines;
import se.glomska.sales.internal.domain.NewQuote;
import se.glomska.sales.internal.domain.Quotes;

@Service
@RetriedOnWriteConflict
public class CreateQuote {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final Quotes quotes;

    CreateQuote(CustomerDirectory customers, Quotes quotes, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.quotes = quotes;
    }

    /** Stores the quote for an existing, not anonymized customer; answers its id. */
    @Transactional
    public long create(NewQuote quote) {
        customers.lockForNewRecord(CustomerId.of(quote.customerId()), clock.instant());
        return quotes.add(quote, Lines.total(quote.lines()));
    }
}
