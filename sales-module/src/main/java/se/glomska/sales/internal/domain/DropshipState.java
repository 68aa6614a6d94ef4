package se.glomska.sales.internal.domain;

/**
 * The fulfilment state of a dropship order. It is delivered when it has at least one purchase and
 * every purchase has an inbound delivery.
 */
public record DropshipState(long id, long customerId, int purchases, int receivedPurchases, boolean invoiced) {

    public boolean delivered() {
        return isDelivered(purchases, receivedPurchases);
    }

    public static boolean isDelivered(int purchases, int receivedPurchases) {
        return purchases > 0 && receivedPurchases >= purchases;
    }
}
