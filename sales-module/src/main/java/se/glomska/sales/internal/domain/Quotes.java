package se.glomska.sales.internal.domain;

import se.glomska.customer.CustomerDirectory.Unnamed;
import se.glomska.customer.Page;
import se.glomska.sales.QuoteLine;

import java.math.BigDecimal;
import java.util.Optional;

/** The stored quotes. */
public interface Quotes {

    long add(NewQuote quote, BigDecimal total);

    Optional<Quote> find(long id);

    /** Newest first; all customers' quotes when {@code customerId} is null. */
    Page<Unnamed<QuoteLine>> list(Long customerId, Page.Request page);
}
