package se.glomska.accounting.internal.domain;

/**
 * The customer a receipt was issued to and sent to. Not part of the receipt: the erasure removes the
 * customer link, name and e-mail and leaves only the fact that the receipt had a customer, so that the
 * receipt is known to be restricted (ADR 0005).
 */
public record ReceiptCustomer(Long customerId, String name, String email) {

    /** Whether the erasure removed the customer link: the receipt was issued to an anonymized customer. */
    public boolean erased() {
        return customerId == null;
    }
}
