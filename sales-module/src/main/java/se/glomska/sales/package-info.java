/**
 * Sales: quotes, orders with their deliveries and commercial invoices (customs documents), dropship
 * orders with their purchases from suppliers and the inbound deliveries of those purchases, and
 * contracts.
 * <p>
 * Owns the tables {@code sales_quote}, {@code sales_quote_line}, {@code sales_order},
 * {@code sales_order_line}, {@code sales_delivery}, {@code sales_commercial_invoice},
 * {@code sales_dropship_order}, {@code sales_dropship_order_line}, {@code sales_dropship_purchase},
 * {@code sales_inbound_delivery}, {@code sales_contract} and the sequence {@code sales_order_number_seq}.
 * <p>
 * Its API for other modules: {@link se.glomska.sales.InvoiceableOrders} (accounting checks an order
 * before invoicing it) and the event {@link se.glomska.sales.OrderInvoiced} (accounting tells sales
 * that an order was invoiced). It takes part in erasure through
 * {@code se.glomska.sales.internal.SalesParticipant}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales")
package se.glomska.sales;
