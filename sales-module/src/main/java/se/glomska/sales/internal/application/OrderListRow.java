package se.glomska.sales.internal.application;

import se.glomska.customer.CustomerRef;

import java.math.BigDecimal;

/** An order in a list: the customer as a reference, never its id. */
public record OrderListRow(long id, String orderNumber, CustomerRef customer, BigDecimal total, boolean delivered,
                           boolean invoiced) {
}
