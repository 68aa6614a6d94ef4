package se.glomska.accounting.internal.domain;

/**
 * The invoice number series: gap-free and unique (an invoice number is issued inside the transaction
 * that appends the invoice, so a rolled-back invoice gives its number back).
 */
public interface InvoiceNumbers {

    long issueNext();
}
