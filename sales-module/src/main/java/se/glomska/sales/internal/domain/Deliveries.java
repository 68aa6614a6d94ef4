package se.glomska.sales.internal.domain;

import java.util.Optional;

/** The stored deliveries of orders. */
public interface Deliveries {

    long add(long orderId, long customerId, NewDelivery delivery);

    Optional<Delivery> find(long id);
}
