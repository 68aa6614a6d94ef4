package se.glomska.sales.internal.domain;

import java.math.BigDecimal;

/** An order in a list. */
public record OrderRow(long id, String orderNumber, long customerId, BigDecimal total, boolean delivered, boolean invoiced) {
}
