package se.glomska.customer;

/**
 * How a single record of any module shows its customer (api.md, "After the erasure"): the customer's id
 * and a {@link CustomerRef} while the customer can be traced; once it is anonymized no id
 * ({@code customerId: null}) and {@code Xxxx} without a link. Obtained from
 * {@link CustomerDirectory#shown(Long)}.
 *
 * @param customerId the id to show, or {@code null}
 * @param customer   the reference to show, or {@code null} for a record without a customer
 * @param anonymized whether the record belongs to an anonymized customer (its bookkeeping records are
 *                   then restricted)
 */
public record ShownCustomer(Long customerId, CustomerRef customer, boolean anonymized) {

    static final ShownCustomer NONE = new ShownCustomer(null, null, false);
    static final ShownCustomer ANONYMIZED = new ShownCustomer(null, CustomerRef.anonymized(), true);

    /**
     * How a record shows the customer {@code customerId} that a list named {@code ref} (from
     * {@link CustomerDirectory#refs}); the same rule as {@link CustomerDirectory#shown(Long)}.
     */
    public static ShownCustomer of(Long customerId, CustomerRef ref) {
        if (customerId == null) {
            return NONE;
        }
        return ref == null || ref.href() == null ? ANONYMIZED : new ShownCustomer(customerId, ref, false);
    }
}
