package se.glomska.accounting.internal.domain;

import java.util.Optional;

/**
 * The receipt ledger: only appends and reads. The receipt's customer link is stored apart from it
 * (the erasure clears the link, never the receipt).
 */
public interface Receipts {

    /** Appends the receipt, its lines and, when the draft names a customer, its customer link. */
    Receipt append(IssuedReceipt receipt);

    Optional<Receipt> find(long id);

    /** The customer linked to the receipt, unless there is none; without id, name and e-mail once erased. */
    Optional<ReceiptCustomer> findCustomer(long receiptId);
}
