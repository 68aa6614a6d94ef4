package se.glomska.sales.internal.domain;

/** Where an order stands, derived from whether it is delivered and whether it is invoiced. */
public enum OrderStatus {
    /** Neither delivered nor invoiced. */
    OPEN,
    /** Delivered, not yet invoiced. */
    DELIVERED,
    /** Invoiced (in advance), not yet delivered. */
    INVOICED,
    /** Delivered and invoiced: nothing left to do. */
    COMPLETED;

    public static OrderStatus of(boolean delivered, boolean invoiced) {
        if (delivered && invoiced) {
            return COMPLETED;
        }
        if (delivered) {
            return DELIVERED;
        }
        return invoiced ? INVOICED : OPEN;
    }
}
