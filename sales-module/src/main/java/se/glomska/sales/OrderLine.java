package se.glomska.sales;

import se.glomska.customer.CustomerRef;

import java.math.BigDecimal;

/**
 * An order in a list, as the API answers it and the order list shows it: the customer as a
 * reference, never its id ({@code Xxxx} without a link once the customer is anonymized).
 */
public record OrderLine(long id, String orderNumber, CustomerRef customer, BigDecimal total, boolean delivered,
                        boolean invoiced) {
}
