package se.glomska.customer;

/** The single action the system offers for a customer (erasure-rules.md section 1). */
public enum ErasureAction {
    /** No transactions or events anywhere: the customer and its own sub-records are removed. */
    DELETE,
    /** Transactions or events exist: personal data is replaced or cleared, bookkeeping kept. */
    ANONYMIZE,
    /** Already anonymized: nothing left to do. */
    NONE
}
