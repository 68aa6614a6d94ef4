package se.glomska.sales.internal.domain;

import se.glomska.customer.Page;

import java.math.BigDecimal;
import java.util.Optional;

/** The stored quotes. */
public interface Quotes {

    long add(NewQuote quote, BigDecimal total);

    Optional<Quote> find(long id);

    /** Newest first; all customers' quotes when {@code customerId} is null. */
    Page<QuoteRow> list(Long customerId, Page.Request page);
}
