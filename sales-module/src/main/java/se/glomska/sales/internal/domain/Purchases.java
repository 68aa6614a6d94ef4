package se.glomska.sales.internal.domain;

import java.util.Optional;

/** The stored purchases linked to dropship orders. */
public interface Purchases {

    long add(long dropshipOrderId, long customerId, NewPurchase purchase);

    Optional<Purchase> find(long id);
}
