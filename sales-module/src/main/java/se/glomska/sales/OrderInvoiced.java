package se.glomska.sales;

/**
 * Accounting issued invoice {@code invoiceId} for exactly one of an order or a dropship order of sales.
 * Published by accounting inside the transaction that issues the invoice; sales marks the order invoiced.
 * Ids only, never personal data.
 */
public record OrderInvoiced(long invoiceId, Long orderId, Long dropshipOrderId) {

    public OrderInvoiced {
        if ((orderId == null) == (dropshipOrderId == null)) {
            throw new IllegalArgumentException("exactly one of orderId and dropshipOrderId is required");
        }
    }
}
