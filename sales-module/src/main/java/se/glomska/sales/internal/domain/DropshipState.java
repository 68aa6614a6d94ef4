package se.glomska.sales.internal.domain;

import se.glomska.sales.SalesConflictException;
import se.glomska.sales.SalesRecordType;

/**
 * The fulfilment state of a dropship order. It is delivered when it has at least one purchase and
 * every purchase has an inbound delivery.
 */
public record DropshipState(long id, long customerId, int purchases, int receivedPurchases, boolean invoiced) {

    /**
     * Refuses a second invoice: a dropship order is invoiced once.
     *
     * @throws SalesConflictException 409 for a dropship order already invoiced
     */
    public DropshipState requireNotInvoiced() {
        if (invoiced) {
            throw SalesConflictException.alreadyInvoiced(SalesRecordType.DROPSHIP_ORDER, id);
        }
        return this;
    }

    public boolean delivered() {
        return isDelivered(purchases, receivedPurchases);
    }

    public static boolean isDelivered(int purchases, int receivedPurchases) {
        return purchases > 0 && receivedPurchases >= purchases;
    }
}
