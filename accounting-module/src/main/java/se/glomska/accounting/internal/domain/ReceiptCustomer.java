package se.glomska.accounting.internal.domain;

/**
 * The customer a receipt was issued to and sent to. Not part of the receipt: the erasure deletes it.
 */
public record ReceiptCustomer(long customerId, String name, String email) {
}
