/**
 * Accounting: invoices (issued for a sales order or a dropship order), their payments and payment
 * reminders, and receipts with the customer link they were sent to.
 * <p>
 * Bookkeeping records are written once and never changed nor deleted (Bokföringslagen ranks above
 * GDPR, see {@code docs/adr/0001-bookkeeping-records-are-immutable.md}): a balance is derived from the
 * payments, never stored on the invoice. Two independent guards hold this: architecture rules in the
 * test suite and database triggers that refuse {@code UPDATE} and {@code DELETE}.
 * <p>
 * Owns the tables {@code accounting_invoice}, {@code accounting_invoice_line},
 * {@code accounting_payment}, {@code accounting_receipt}, {@code accounting_receipt_line} (bookkeeping,
 * never changed), {@code accounting_receipt_customer} (the customer link of a receipt, cleared on
 * anonymization), {@code accounting_payment_reminder} and {@code accounting_invoice_number_series}.
 * <p>
 * Depends on the sales API: it checks an order or dropship order before invoicing it and publishes
 * {@link se.glomska.sales.OrderInvoiced} when it has issued the invoice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounting")
package se.glomska.accounting;
