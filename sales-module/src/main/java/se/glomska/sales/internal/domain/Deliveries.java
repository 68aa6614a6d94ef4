package se.glomska.sales.internal.domain;

import se.glomska.customer.CustomerId;
import java.util.Optional;

/** The stored deliveries of orders. */
public interface Deliveries {

    long add(long orderId, CustomerId customerId, NewDelivery delivery);

    Optional<Delivery> find(long id);
}
