package se.glomska.sales.internal.domain;

import se.glomska.customer.CustomerId;
import java.util.Optional;

/** The stored purchases linked to dropship orders. */
public interface Purchases {

    long add(long dropshipOrderId, CustomerId customerId, NewPurchase purchase);

    Optional<Purchase> find(long id);
}
