package se.glomska.sales.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A quote in a list. */
public record QuoteRow(long id, long customerId, BigDecimal total, Instant createdAt) {
}
